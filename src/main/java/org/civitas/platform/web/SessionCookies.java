package org.civitas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * The session cookie on a portal served over HTTPS: when the public address is {@code https://} or
 * {@code COOKIE_SECURE=true}, it is {@code Secure} and named {@value #HTTPS_NAME}: the {@code __Host-} prefix makes
 * browsers refuse it unless it is Secure, for the whole site ({@code Path=/}) and for this host only (no
 * {@code Domain}), so a sibling site of the town or a plain-HTTP page cannot plant or read it. Decided once, at start:
 * Liberty's session cookie is the same for every request. Over plain HTTP (development, the tests) it keeps its
 * name, {@code CIVITAS_SESSION}, and is not Secure, or browsers would drop it.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    public static final String HTTPS_NAME = "__Host-civitas-session";

    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Inject
    private PublicAddress address;

    @Inject
    @ConfigProperty(name = "cookie.secure", defaultValue = "false")
    private boolean cookieSecure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (cookieSecure || address.isHttps()) {
            SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
            cookie.setName(HTTPS_NAME);
            cookie.setSecure(true);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            LOG.info(() -> "Session cookie " + HTTPS_NAME + ", Secure (the portal is served over HTTPS)");
        }
    }
}
