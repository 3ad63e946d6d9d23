package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.civitas.accounts.oidc.OidcClient;
import org.civitas.accounts.oidc.OidcProviders;
import org.civitas.accounts.oidc.web.SignedOutView;
import org.civitas.platform.web.PublicAddress;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-out ends the session on the server, not only in the browser. It is a POST, like every change. A session that
 * signed in through an OpenID provider with a logout ({@code end_session_endpoint}) also ends the provider's session:
 * the browser goes on to it (through signed-out.xhtml) with the ID token as hint, and comes back to the home page.
 */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    private FacesContext faces;

    @Inject
    private OidcProviders providers;

    @Inject
    private OidcClient oidc;

    @Inject
    private PublicAddress address;

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        Optional<URI> providerLogout = Optional.empty();
        if (session != null) {
            if (session.getAttribute(SessionAuthenticationMechanism.PROVIDER_ATTRIBUTE) instanceof String provider
                    && session.getAttribute(SessionAuthenticationMechanism.ID_TOKEN_ATTRIBUTE) instanceof String idToken) {
                providerLogout = providers.find(provider).flatMap(p -> oidc.endSessionAddress(p, idToken,
                        address.base(request) + "/index.xhtml", UUID.randomUUID().toString()));
            }
            session.invalidate();
        }
        request.logout();
        if (providerLogout.isPresent()) {
            request.getSession(true).setAttribute(SignedOutView.PROVIDER_LOGOUT, providerLogout.get().toString());
            return "/signed-out.xhtml?faces-redirect=true";
        }
        return "/index.xhtml?faces-redirect=true";
    }
}
