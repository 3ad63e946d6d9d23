package org.civitas.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.AccountRecovery;
import org.civitas.platform.web.Messages;

/**
 * Backs reset.xhtml, which a reset link opens: the form for a new password while the link works, else the way to ask
 * for another. The token travels in the form (a hidden field), not in a session.
 */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    private AccountRecovery recovery;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String token;

    @NotNull
    @Size(max = 1024)
    private String next;

    private String confirmation;

    private boolean usable;

    /**
     * The token comes from the address (the link) or the form's hidden field, read before any phase: whether the form
     * is shown must be known when the posted form is decoded.
     */
    @PostConstruct
    void read() {
        token = faces.getExternalContext().getRequestParameterMap().get("token");
        usable = recovery.isResetLinkUsable(token);
    }

    /** Whether the link opened still works. */
    public boolean isUsable() {
        return usable;
    }

    public String reset() {
        if (!next.equals(confirmation)) {
            messages.fieldError("confirmation", "register.mismatch");
            return null;
        }
        recovery.resetPassword(token, next);
        messages.notice("reset.done");
        return "/signin.xhtml?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }


    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
