package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages in the visitor's language. Errors are Faces messages shown with the page they concern; notices
 * ("your password has been changed") follow a redirect, so they wait in the session until the next page shows
 * them ({@link Notices}). A session attribute rather than the Faces flash: it survives the new session id given
 * at sign-in, and a notice given after sign-out lands in the fresh anonymous session.
 */
@RequestScoped
public class Messages {

    static final String NOTICES = "civitas.notices";

    @Inject
    private FacesContext faces;

    /** A notice for the next page shown (after the redirect that follows a successful POST). */
    public void notice(String key, Object... arguments) {
        addNotice((HttpServletRequest) faces.getExternalContext().getRequest(), text(key, arguments));
    }

    /** Queues a translated notice in the session (created if need be). */
    static void addNotice(HttpServletRequest request, String text) {
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) request.getSession(true).getAttribute(NOTICES);
        List<String> next = pending == null ? new ArrayList<>() : new ArrayList<>(pending);
        next.add(text);
        request.getSession().setAttribute(NOTICES, next);
    }

    /** A notice shown on the page being rendered now (an ajax update, say). */
    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public void error(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /** An error shown next to one field (its client id, which is its id: forms do not prefix ids). */
    public void fieldError(String clientId, String key, Object... arguments) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        faces.validationFailed();
    }

    public void error(BusinessException e) {
        error(e.getMessageKey(), e.getArguments());
    }

    public String text(String key, Object... arguments) {
        return Texts.get(faces.getViewRoot().getLocale(), key, arguments);
    }
}
