package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.AccountRecovery;
import org.civitas.platform.web.Messages;

/**
 * Backs forgot.xhtml: asks for a reset link. The answer is the same whether or not the address has an account, so the
 * page tells nobody who is registered.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    private AccountRecovery recovery;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    public String send() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        recovery.requestPasswordReset(email, request.getRemoteAddr());
        messages.notice("forgot.sent", email.strip());
        return "/forgot.xhtml?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
