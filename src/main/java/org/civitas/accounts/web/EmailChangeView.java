package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.AccountRecovery;
import org.civitas.platform.web.Messages;

/** Backs account/email.xhtml: another address, confirmed by the password now and by a link mailed to it. */
@Named
@RequestScoped
public class EmailChangeView {

    @Inject
    private AccountRecovery recovery;

    @Inject
    private Messages messages;

    @NotBlank
    @Email
    @Size(max = 254)
    private String newEmail;

    @NotNull
    @Size(max = 1024)
    private String password;

    public String change() {
        recovery.requestEmailChange(password, newEmail);
        messages.notice("emailChange.sent", newEmail.strip());
        return "/account/index.xhtml?faces-redirect=true";
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
