package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Texts;

/** Faces messages in the visitor's language, kept across the redirect that follows a successful POST. */
@RequestScoped
public class Messages {

    @Inject
    private FacesContext faces;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error shown next to one field (its client id, which is its id: forms do not prefix ids). */
    public void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void error(BusinessException e) {
        error(e.getMessageKey(), e.getArguments());
    }

    public String text(String key, Object... arguments) {
        return Texts.get(faces.getViewRoot().getLocale(), key, arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
