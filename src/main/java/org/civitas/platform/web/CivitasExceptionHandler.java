package org.civitas.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;

/**
 * Renders the two Faces failures a person can cause without any fault of the portal as pages of their own, with
 * the right status: an expired view (the session timed out: 200, with a reload link) and a protected view opened
 * without its token (a bookmark or another site: 403, with a link carrying a fresh token). Everything else goes
 * on to the container's error pages.
 */
public class CivitasExceptionHandler extends ExceptionHandlerWrapper {

    /** The view that was asked for, for the protected-view page's "open the page" link. */
    public static final String REQUESTED_VIEW = "civitas.requestedView";

    public CivitasExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = root(events.next().getContext().getException());
            String page = cause instanceof ProtectedViewException ? "/WEB-INF/errorpages/protected.xhtml"
                    : cause instanceof ViewExpiredException ? "/WEB-INF/errorpages/expired.xhtml" : null;
            if (page != null && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                faces.getExternalContext().setResponseStatus(cause instanceof ProtectedViewException ? 403 : 200);
                faces.getExternalContext().getRequestMap().put(REQUESTED_VIEW,
                        faces.getExternalContext().getRequestServletPath());
                UIViewRoot view = faces.getApplication().getViewHandler().createView(faces, page);
                faces.setViewRoot(view);
                faces.getPartialViewContext().setRenderAll(true);
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static Throwable root(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof FacesException || t instanceof jakarta.el.ELException) && t.getCause() != null
                && !(t instanceof ProtectedViewException) && !(t instanceof ViewExpiredException)) {
            t = t.getCause();
        }
        return t;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new CivitasExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
