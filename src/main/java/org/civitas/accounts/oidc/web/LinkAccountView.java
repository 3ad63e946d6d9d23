package org.civitas.accounts.oidc.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.SignInGuard;
import org.civitas.accounts.SignInOutcome;
import org.civitas.accounts.oidc.OidcAccounts;
import org.civitas.accounts.oidc.OidcCredential;
import org.civitas.accounts.oidc.OidcProvider;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.accounts.oidc.OidcSessions;
import org.civitas.accounts.oidc.PendingLink;
import org.civitas.accounts.web.SessionAuthenticationMechanism;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.platform.web.Dates;
import org.civitas.platform.web.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Backs link-account.xhtml: a provider vouched for a person whose address a local account already uses. That account
 * becomes theirs through the provider only once they give its password here (with the lockout of the sign-in form);
 * then they are signed in as through the provider.
 */
@Named
@RequestScoped
public class LinkAccountView {

    @Inject
    private OidcAccounts accounts;

    @Inject
    private OidcProviders providers;

    @Inject
    private SecurityContext security;

    @Inject
    private SignInGuard guard;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private Messages messages;

    @Inject
    private Dates dates;

    @Inject
    private FacesContext faces;

    @Inject
    private Clock clock;

    private PendingLink pending;

    private String providerLabel;

    @NotBlank
    @Size(max = 1024)
    private String password;

    @PostConstruct
    void load() {
        HttpServletRequest request = request();
        pending = OidcSessions.pendingLink(request.getSession(false), clock.instant()).orElse(null);
        providerLabel = pending == null ? null
                : providers.find(pending.provider()).map(OidcProvider::label).orElse(pending.provider());
    }

    public String link() {
        if (pending == null) {
            messages.error("oidc.link.none");
            return null;
        }
        HttpServletRequest request = request();
        SignInOutcome.Status status = accounts.linkWithPassword(pending.provider(), pending.subject(), pending.email(),
                password, request.getRemoteAddr());
        password = null;
        if (status != SignInOutcome.Status.SIGNED_IN) {
            Optional<Instant> locked = guard.lockedUntil(pending.email(), request.getRemoteAddr());
            if (locked.isPresent()) {
                messages.error("signin.locked", dates.time(locked.get()));
            } else if (status == SignInOutcome.Status.BLOCKED) {
                messages.error("signin.blocked");
            } else {
                messages.error("oidc.link.wrong");
            }
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        OidcSessions.dropLink(request.getSession());
        AuthenticationStatus outcome = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new OidcCredential(pending.provider(), pending.subject(), pending.idToken()))
                        .newAuthentication(true));
        if (outcome != AuthenticationStatus.SUCCESS) {
            external.setResponseStatus(HttpServletResponse.SC_OK);
            messages.error("oidc.error.refused");
            return null;
        }
        signedIn.forget();
        messages.notice("oidc.link.done", providerLabel);
        // The page the person was on before signing in, when the sign-in remembered one
        if (request.getAttribute(SessionAuthenticationMechanism.RETURN_TO_ATTRIBUTE) instanceof String path) {
            try {
                external.redirect(external.getRequestContextPath() + path);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "/index.xhtml?faces-redirect=true";
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    /** Whether a link waits for a password (else the page says so and points to the sign-in page). */
    public boolean isPending() {
        return pending != null;
    }

    public String getEmail() {
        return pending == null ? null : pending.email();
    }

    public String getProviderLabel() {
        return providerLabel;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
