package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.AccountIdentityStore;
import org.civitas.accounts.SignInGuard;
import org.civitas.accounts.SignInOutcome;
import org.civitas.platform.web.Dates;
import org.civitas.platform.web.Messages;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** Backs signin.xhtml: hands the credentials to Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private SecurityContext security;

    @Inject
    private SignInGuard guard;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private Dates dates;

    @NotBlank
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 1024)
    private String password;

    public String submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.trim(), new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE:
                // Jakarta Security redirects to the page that asked for a sign-in.
                signedIn.forget();
                faces.responseComplete();
                return null;
            case SUCCESS:
                signedIn.forget();
                messages.notice("signin.welcome", signedIn.getDisplayName());
                return "/index.xhtml?faces-redirect=true";
            default:
                // The mechanism answers a failure with 401; this is a page with a message, not a challenge.
                external.setResponseStatus(HttpServletResponse.SC_OK);
                Optional<Instant> locked = guard.lockedUntil(email, request.getRemoteAddr());
                if (locked.isPresent()) {
                    messages.error("signin.locked", dates.time(locked.get()));
                } else if (request.getAttribute(AccountIdentityStore.OUTCOME_ATTRIBUTE)
                        == SignInOutcome.Status.BLOCKED) {
                    messages.error("signin.blocked");
                } else {
                    messages.error("signin.failed");
                }
                return null;
        }
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
}
