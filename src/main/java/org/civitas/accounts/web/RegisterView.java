package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Registration;
import org.civitas.platform.PlainLine;
import org.civitas.platform.web.Messages;

/** Backs register.xhtml: opens the account, then signs the new citizen in. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityContext security;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @NotBlank
    @Size(min = 2, max = 60)
    @PlainLine
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotNull
    @Size(max = 1024)
    private String password;

    private String confirmation;

    public String submit() {
        if (password == null || !password.equals(confirmation)) {
            messages.fieldError("confirmation", "register.mismatch");
            return null;
        }
        Account account = accounts.register(new Registration(displayName, email, password,
                faces.getViewRoot().getLocale()));
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        AuthenticationStatus status = security.authenticate(request,
                (HttpServletResponse) faces.getExternalContext().getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.trim(), new Password(password)))
                        .newAuthentication(true));
        password = null;
        confirmation = null;
        signedIn.forget();
        messages.notice("register.done", account.getDisplayName());
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return null;
        }
        return "/index.xhtml?faces-redirect=true";
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
