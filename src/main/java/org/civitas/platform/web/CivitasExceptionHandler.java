package org.civitas.platform.web;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.civitas.platform.BusinessException;
import org.civitas.platform.LogLines;
import org.civitas.platform.Persistence;
import org.civitas.platform.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Handles the Faces failures a person can cause without any fault of the portal. A {@link BusinessException} from an
 * action (a service refused: a rule, a limit, something gone meanwhile) becomes an error message on the same page, in
 * the person's language, with what they typed still there: actions are a service call and a notice, without a
 * try/catch of their own. A transaction the database gave up because of others at the same moment
 * ({@link Persistence#isContention}) is the same: a message asking to send the form again, the form kept. A form posted after its view expired (the session timed out) sends the person back to the
 * same page, fresh, with a notice that nothing was saved. A form posted with a
 * state that cannot be restored (forged, mangled) is a 400, and so is a form whose action passed a service values
 * the form's checks would have refused (fields left out of the post). Everything else goes on to the container's error pages.
 */
public class CivitasExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(CivitasExceptionHandler.class.getName());

    public CivitasExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = root(events.next().getContext().getException());
            if (faces.getExternalContext().isResponseCommitted()) {
                continue;
            }
            if (cause instanceof BusinessException refused && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                events.remove();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : LocaleFilter.chosen(request);
                for (BusinessException.Reason reason : refused.getReasons()) {
                    // Forms do not prefix ids (prependId="false"): the field's client id is its name.
                    faces.addMessage(refused.getField(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            Texts.get(locale, reason.messageKey(), reason.arguments()), null));
                }
                faces.validationFailed();
                faces.renderResponse();
            } else if (Persistence.isContention(cause) && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                // The database gave the transaction up for others at the same moment (a deadlock on Derby when
                // several people send the same form at once): nothing was written; the form stays, with a notice.
                events.remove();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                LOG.info(() -> "A form posted to " + LogLines.clean(request.getRequestURI())
                        + " met other transactions at the same moment: asked to send it again");
                Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : LocaleFilter.chosen(request);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(locale, "error.busy"), null));
                faces.validationFailed();
                faces.renderResponse();
            } else if (cause instanceof ViewExpiredException) {
                events.remove();
                startAgain(faces);
            } else if (faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
                    && "POST".equals(((HttpServletRequest) faces.getExternalContext().getRequest()).getMethod())) {
                // A posted form whose state cannot be rebuilt (a forged or mangled view state): the request is at
                // fault, not the portal. One line in the log; FacesPostFilter shows the 400 page.
                events.remove();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                LOG.warning(() -> "400 for a form whose state could not be restored, posted to "
                        + LogLines.clean(request.getRequestURI()) + ": " + LogLines.clean(String.valueOf(cause)));
                FacesPostFilter.refuse(faces);
            } else if (violation(cause) && faces.getCurrentPhaseId() == PhaseId.INVOKE_APPLICATION) {
                // A service refused the arguments an action passed on: the form's own checks were skipped, which a
                // browser cannot do (a field left out of the post, a post to a part of the page not shown). The
                // request is at fault: one line in the log and the 400 page.
                events.remove();
                HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
                LOG.warning(() -> "400 for a form posted to " + LogLines.clean(request.getRequestURI())
                        + " with values its checks would have refused");
                FacesPostFilter.refuse(faces);
            }
        }
        getWrapped().handle();
    }

    /** Back to the page the form was on, by GET, with a notice: the form's view is gone, so is what it held. */
    private static void startAgain(FacesContext faces) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Messages.addNotice(request, Texts.get(LocaleFilter.chosen(request), "error.expired.notice"));
        String query = request.getQueryString();
        try {
            faces.getExternalContext().redirect(request.getRequestURI().replaceFirst("^/+", "/")
                    + (query == null ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Whether a Bean Validation refusal (a service's method validation) is what failed, however wrapped. */
    private static boolean violation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof FacesException || t instanceof ELException) && t.getCause() != null
                && !(t instanceof ViewExpiredException)) {
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
