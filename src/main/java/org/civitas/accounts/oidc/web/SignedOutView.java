package org.civitas.accounts.oidc.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Backs signed-out.xhtml, the page between the portal's sign-out and the provider's: the sign-out form's POST cannot
 * redirect to the provider itself (the pages' {@code form-action 'self'} also covers the redirects that follow a
 * form), so this page, reached by a same-site redirect, sends the browser on (a refresh, and a link for when that is
 * turned off). The address waits in the fresh session the sign-out left, which holds nothing else, and is taken once.
 */
@Named
@RequestScoped
public class SignedOutView {

    /** The session attribute holding the provider's logout address after a sign-out. */
    public static final String PROVIDER_LOGOUT = "civitas.oidcLogout";

    @Inject
    private HttpServletRequest request;

    private String providerLogout;

    @PostConstruct
    void load() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PROVIDER_LOGOUT) instanceof String address) {
            providerLogout = address;
            session.removeAttribute(PROVIDER_LOGOUT);
        }
    }

    /** The provider's logout address, or null when there is nothing more to sign out of. */
    public String getProviderLogout() {
        return providerLogout;
    }
}
