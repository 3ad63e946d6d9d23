package org.civitas.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's public addresses that live outside {@code /api} and the Faces pages, because people and other sites
 * keep them (a photo or a card in a link preview, a feed subscribed to, a share link, an embedded card): each is
 * forwarded, unchanged for the visitor, to the Jakarta REST resource ({@code /photos/...} to {@code /api/photos/...})
 * or the Facelets page ({@code /embed/proposals/42} to {@code /share/card.xhtml?id=42}) that serves it. A servlet,
 * the one place that maps these addresses: Jakarta REST serves one path prefix, and Liberty establishes the signed-in
 * caller only for requests that a servlet serves (the author sees their draft's photo).
 */
@WebServlet(name = "PublicRoutes", urlPatterns = {"/photos/*", "/cards/*", "/feeds/*", "/s/*", "/oembed",
        "/dashboard/export", "/embed/*"})
public class PublicRoutes extends HttpServlet {

    private static final Pattern EMBEDDED_PROPOSAL = Pattern.compile("^/proposals/(\\d{1,18})$");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("/embed".equals(request.getServletPath())) {
            Matcher m = EMBEDDED_PROPOSAL.matcher(rest);
            if (!m.matches()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.getRequestDispatcher("/share/card.xhtml?id=" + m.group(1)).forward(request, response);
            return;
        }
        // The query goes along: a forward's query string is the target's, which Jakarta REST reads its parameters from.
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        request.getRequestDispatcher("/api" + request.getServletPath() + rest + query).forward(request, response);
    }
}
