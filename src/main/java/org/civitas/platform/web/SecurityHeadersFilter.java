package org.civitas.platform.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.civitas.platform.LogLines;
import org.civitas.platform.MapSettings;
import org.civitas.platform.Texts;
import org.civitas.platform.rest.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Security headers on every response. Faces pages get PrimeFaces' policy with a per-response nonce (see
 * {@code primefaces.CSP_POLICY} in web.xml): it replaces the strict default set here instead of adding a second
 * header, which browsers would enforce as well. Strict-Transport-Security goes on every response of a portal served
 * over HTTPS (the request came over HTTPS, or the public address is {@code https://}). With
 * {@code CIVITAS_REDIRECT_HTTPS=true} and an {@code https://} public address, a request that came over plain HTTP is
 * sent to the same address over HTTPS (301, or 308 for anything but GET and HEAD), except the health checks that
 * load balancers ask over HTTP, and the API, which answers such a call with a 403 problem (a redirect would hide that
 * the client sends its token in clear); leave it off behind a proxy that terminates TLS and redirects itself.
 */
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CSP = "Content-Security-Policy";

    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    private static final Jsonb JSON = JsonbBuilder.create();

    /** Set once a refused access (403) is logged, so that its error page does not log it again. */
    private static final String REFUSAL_LOGGED = "civitas.refusalLogged";

    @Inject
    private PublicAddress address;

    @Inject
    private MapSettings maps;

    @Inject
    @ConfigProperty(name = "civitas.redirect-https", defaultValue = "false")
    private boolean redirectHttps;

    /** For everything that is not a Faces page: JSON, CSV, images, error responses. */
    public static final String DEFAULT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, DEFAULT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String asked = forwarded == null ? request.getRequestURI() : forwarded.toString();
        if (!asked.startsWith(request.getContextPath() + "/embed/")) {
            // Embeddable cards say who may frame them in their own frame-ancestors (sharing's EmbedView).
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.getUserPrincipal() != null) {
            // What a signed-in person is shown stays out of shared and browser caches (a resource may say otherwise)
            response.setHeader("Cache-Control", "no-store");
        }
        boolean httpsSite = address.isHttps();
        if (request.isSecure() || httpsSite) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (redirectHttps && httpsSite && !request.isSecure() && request.getDispatcherType() == DispatcherType.REQUEST
                && !request.getRequestURI().startsWith(request.getContextPath() + "/health")) {
            String query = request.getQueryString();
            String path = request.getRequestURI().substring(request.getContextPath().length()).replaceFirst("^/+", "/");
            if (path.startsWith("/api/")) {
                // A program calling the API over plain HTTP is told so, not redirected: a redirect would hide that
                // it sends its token in clear, and many clients would follow it without asking.
                Locale locale = LocaleFilter.chosen(request);
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType(Problem.MEDIA_TYPE.toString());
                JSON.toJson(new Problem("/problems/https-required", Texts.get(locale, "problem.403"), 403,
                        Texts.get(locale, "problem.httpsRequired", address.base(request) + "/api/"), null),
                        response.getWriter());
                return;
            }
            response.setStatus("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? 301 : 308);
            response.setHeader("Location", address.base(request) + path + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, new SinglePolicyResponse(request, response, maps.tilesSource()));
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN && request.getAttribute(REFUSAL_LOGGED) == null) {
            // Every refused access in one line (a page, an API call, a form from another site, a read-only token)
            request.setAttribute(REFUSAL_LOGGED, Boolean.TRUE);
            String caller = request.getUserPrincipal() == null ? "a visitor" : "account "
                    + LogLines.clean(request.getUserPrincipal().getName());
            LOG.info(() -> "403 for " + request.getMethod() + " " + LogLines.clean(asked) + ", " + caller + " from "
                    + LogLines.clean(request.getRemoteAddr()));
        }
    }

    /**
     * A page that sets a policy of its own (the embeddable card says who may frame it): it stands, and the policy
     * PrimeFaces adds to every Faces page as it renders no longer replaces it.
     */
    public static void ownPolicy(HttpServletRequest request, HttpServletResponse response, String policy) {
        request.setAttribute(OWN_POLICY, policy);
        response.setHeader(CSP, policy);
    }

    private static final String OWN_POLICY = "civitas.ownPolicy";

    /**
     * Turns a second Content-Security-Policy header into a replacement of the first, unless a page set its own. The
     * pages' policy lets images come from the map's tile server too (MapSettings): a map's tiles are images.
     */
    private static final class SinglePolicyResponse extends HttpServletResponseWrapper {

        private static final String IMAGES = "img-src 'self' data:";

        private final HttpServletRequest request;
        private final String tiles;

        SinglePolicyResponse(HttpServletRequest request, HttpServletResponse response, String tiles) {
            super(response);
            this.request = request;
            this.tiles = tiles;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            Object own = request.getAttribute(OWN_POLICY);
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, own != null ? own.toString() : withTiles(value));
            } else {
                super.setHeader(name, value);
            }
        }

        private String withTiles(String policy) {
            return tiles.isEmpty() || policy == null || policy.equals(DEFAULT_POLICY) ? policy
                    : policy.replace(IMAGES, IMAGES + " " + tiles);
        }
    }
}
