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

/**
 * Backs register.xhtml: opens the account, then signs the new citizen in. The form carries a proof-of-work challenge
 * that its script answers in the background (js/proof.js); without it the registration still works, counted as
 * several against the address's limits.
 */
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

    private String challenge;

    public String submit() {
        if (password == null || !password.equals(confirmation)) {
            messages.fieldError("confirmation", "register.mismatch");
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Account account = accounts.register(new Registration(displayName, email, password,
                faces.getViewRoot().getLocale()), request.getRemoteAddr(), request.getParameter("proofChallenge"),
                request.getParameter("proofAnswer"));
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

    /** A fresh challenge for the form's proof of work (read once per rendering). */
    public String getChallenge() {
        if (challenge == null) {
            challenge = accounts.registrationChallenge();
        }
        return challenge;
    }

    public int getProofBits() {
        return accounts.registrationProofBits();
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
