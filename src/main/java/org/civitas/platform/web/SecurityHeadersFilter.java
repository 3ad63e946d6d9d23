package org.civitas.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Security headers on every response. Faces pages get PrimeFaces' policy with a per-response nonce (see
 * {@code primefaces.CSP_POLICY} in web.xml): it replaces the strict default set here instead of adding a second
 * header, which browsers would enforce as well.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CSP = "Content-Security-Policy";
    /** For everything that is not a Faces page: JSON, CSV, images, error responses. */
    public static final String DEFAULT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "frame-ancestors 'self'; form-action 'self' https:; base-uri 'self'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, DEFAULT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/embed/")) {
            // Embeddable cards say who may frame them in their own frame-ancestors (EmbedServlet).
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new SinglePolicyResponse(response));
    }

    /** Turns a second Content-Security-Policy header into a replacement of the first. */
    private static final class SinglePolicyResponse extends HttpServletResponseWrapper {

        SinglePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
