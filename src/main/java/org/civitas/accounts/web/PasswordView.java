package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.accounts.AccountRecovery;
import org.civitas.accounts.AccountService;
import org.civitas.platform.web.Messages;

/**
 * Backs account/password.xhtml. A new password ends the account's other sessions; when access tokens still work, the
 * tokens page follows, offering to revoke them all.
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    private AccountService accounts;

    @Inject
    private AccountRecovery recovery;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @NotNull
    @Size(max = 1024)
    private String current;

    @NotNull
    @Size(max = 1024)
    private String next;

    private String confirmation;

    public String change() {
        if (!next.equals(confirmation)) {
            return stay("confirmation", "register.mismatch");
        }
        int epoch = accounts.changePassword(current, next);
        // Every other session of the account ended; this one goes on under the new generation.
        ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession()
                .setAttribute(SessionAuthenticationMechanism.EPOCH_ATTRIBUTE, epoch);
        if (recovery.countActiveTokens() > 0) {
            messages.notice("password.changedTokens");
            return "/account/tokens.xhtml?revokeAll=true&faces-redirect=true";
        }
        messages.notice("password.changed");
        return "/account/index.xhtml?faces-redirect=true";
    }

    private String stay(String field, String key) {
        messages.fieldError(field, key);
        return null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
