package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.AccountService;
import org.civitas.platform.web.Messages;

/** Backs account/password.xhtml. */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    private AccountService accounts;

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
        accounts.changePassword(current, next);
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
