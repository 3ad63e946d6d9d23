package org.civitas.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A sign-in lasts as long as its session. Liberty remembers a signed-in browser with a single-sign-on cookie whose
 * lifetime is its own; when the session behind it has ended (30 minutes idle, a restart), this filter signs the
 * browser out and sends it to the same address again, so that the idle timeout really ends the sign-in. The same happens when moderators have blocked the account. Calls that authenticate with an Authorization
 * header carry no session and are left alone.
 */
@WebFilter(filterName = "SessionBoundSignInFilter", urlPatterns = "/*")
public class SessionBoundSignInFilter extends HttpFilter {

    @jakarta.inject.Inject
    private org.civitas.accounts.AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && request.getHeader("Authorization") == null
                && (request.getSession(false) == null || isBlocked(request.getUserPrincipal().getName()))) {
            if (request.getSession(false) != null) {
                request.getSession().invalidate();
            }
            // The container has already let this request in as the caller: sign out, then ask again, anonymously.
            request.logout();
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI().replaceFirst("^/+", "/")
                    + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }

    /** A blocked (or deleted) account's sessions end at their next request. */
    private boolean isBlocked(String callerName) {
        try {
            return !accounts.isActiveAndAllowed(Long.parseLong(callerName));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
