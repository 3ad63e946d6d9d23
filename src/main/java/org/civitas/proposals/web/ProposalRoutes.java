package org.civitas.proposals.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable, shareable addresses for proposals: {@code /proposals} is the list (its filters in the query string)
 * and {@code /proposals/42/des-pistes-cyclables} a proposal's page. They are forwarded to the Faces views; the
 * proposal's page redirects a wrong or missing slug to the right one.
 */
@WebFilter(filterName = "ProposalRoutes", urlPatterns = {"/proposals", "/proposals/*"})
public class ProposalRoutes extends HttpFilter {

    private static final Pattern PROPOSAL = Pattern.compile("^/proposals/(\\d{1,18})(?:/([^/]*))?/?$");

    /** The address of a proposal's page, relative to the context root. */
    public static String path(long id, String slug) {
        return "/proposals/" + id + "/" + slug;
    }

    /** Ends a Faces action with a redirect to a proposal's page (post, redirect, get). */
    static void redirectTo(jakarta.faces.context.FacesContext faces, org.civitas.proposals.Proposal proposal) {
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + path(proposal.getId(), proposal.getSlug()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/proposals") || path.equals("/proposals/")) {
            request.getRequestDispatcher("/proposals/list.xhtml").forward(request, response);
            return;
        }
        Matcher m = PROPOSAL.matcher(path);
        if (m.matches()) {
            request.setAttribute(ProposalPageView.SLUG_ATTRIBUTE, m.group(2) == null ? "" : m.group(2));
            request.getRequestDispatcher("/proposals/view.xhtml?id=" + m.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
