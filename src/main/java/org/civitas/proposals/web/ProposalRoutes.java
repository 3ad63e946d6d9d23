package org.civitas.proposals.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.PublicPage;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable, shareable addresses for proposals: {@code /proposals} is the list (its filters in the query string)
 * and {@code /proposals/42/des-pistes-cyclables} a proposal's page. They are forwarded to the Faces views under
 * {@code /proposal/}; the proposal's page redirects a wrong or missing slug to the right one. A servlet rather than
 * a filter: the container signs the caller in only for requests that a servlet serves, so a filter in front of
 * the default servlet would show every page as to a visitor who is not signed in.
 */
@WebServlet(name = "ProposalRoutes", urlPatterns = {"/proposals", "/proposals/*"})
public class ProposalRoutes extends HttpServlet {

    private static final Pattern PROPOSAL = Pattern.compile("^/(\\d{1,18})(?:/([^/]*))?/?$");

    /** Ends a Faces action with a redirect to a proposal's page (post, redirect, get). */
    public static void redirectTo(FacesContext faces, Proposal proposal) {
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + ProposalAddress.of(proposal));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String rest = request.getPathInfo();
        if (rest == null || rest.equals("/")) {
            request.getRequestDispatcher(PublicPage.PROPOSALS.view()).forward(request, response);
            return;
        }
        Matcher m = PROPOSAL.matcher(rest);
        if (m.matches()) {
            request.setAttribute(ProposalPageView.SLUG_ATTRIBUTE, m.group(2) == null ? "" : m.group(2));
            request.getRequestDispatcher("/proposal/view.xhtml?id=" + m.group(1)).forward(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
