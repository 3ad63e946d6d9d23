package org.civitas.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.PublicPage;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's public addresses that live outside {@code /api} and the Faces pages' own, because people, other sites
 * and search engines keep them, each forwarded, unchanged for the visitor, to what serves it:
 * <ul>
 *   <li>a photo or a card in a link preview, a feed subscribed to, a share link, the sitemap and {@code robots.txt}
 *   go to the Jakarta REST resource at the same path under {@code /api} ({@code /photos/...} to
 *   {@code /api/photos/...});</li>
 *   <li>a contest, a contest's photo, a gallery and a funding campaign go to their Facelets page
 *   ({@code /campaign/7} to {@code /funding/campaign.xhtml?id=7});</li>
 *   <li>an embedded card goes to its Facelets page ({@code /embed/proposals/42} to {@code /share/card.xhtml?id=42});</li>
 *   <li>a public page's clean address ({@link PublicPage}: {@code /opendata}, {@code /signin}...) goes to its
 *   Facelets view. Faces renders the form of a forwarded page with the view's own address as its action
 *   ({@code /signin.xhtml}, as the proposal's page posts to {@code /proposal/view.xhtml}), so a browser posts there,
 *   through the filters and constraints written for it; a post to the clean address itself (a client posting back
 *   to the address it read) is forwarded too, and {@code FacesPostFilter} also sees forwarded posts.</li>
 * </ul>
 * The query string goes along (filters, {@code ?token=}): a forward keeps the request's parameters.
 * <p>
 * The {@code .xhtml} address of a public page keeps answering, with its canonical tag naming the clean one, rather
 * than redirecting to it: a form's post lands there (and a failed one is shown there), mails already sent and the
 * post-logout address registered with OpenID providers name it, and every link, redirect, canonical tag and the
 * sitemap name only the clean address, so a search engine indexes that one.
 * <p>
 * A servlet, the one place that maps these addresses: Jakarta REST serves one path prefix, and Liberty establishes
 * the signed-in caller only for requests that a servlet serves (the author sees their draft's photo, a signed-in
 * visitor sees the header of a signed-in person on {@code /opendata}). {@code CleanAddressesTest} checks that every
 * {@link PublicPage} is mapped.
 */
@WebServlet(name = "PublicRoutes", urlPatterns = {"/photos/*", "/cards/*", "/feeds/*", "/s/*", "/oembed",
        "/dashboard/export", "/embed/*", "/sitemap.xml", "/robots.txt",
        "/opendata", "/legal", "/accessibility", "/signin", "/register", "/forgot", "/reset", "/confirm",
        "/link-account", "/signed-out", "/unsubscribe", "/search", "/guestbook",
        "/contests", "/galleries", "/funding", "/contest/*", "/gallery/*", "/campaign/*"})
public class PublicRoutes extends HttpServlet {

    private static final Pattern EMBEDDED_PROPOSAL = Pattern.compile("^/proposals/(\\d{1,18})$");

    /** The clean addresses of a contest, a contest photo, a gallery and a funding campaign, and the page each opens. */
    private static final Pattern CONTEST = Pattern.compile("^/(\\d{1,18})$");
    private static final Pattern CONTEST_PHOTO = Pattern.compile("^/photo/(\\d{1,18})$");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String rest = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<PublicPage> page = rest.isEmpty() ? PublicPage.at(request.getServletPath()) : Optional.empty();
        if (page.isPresent()) {
            request.getRequestDispatcher(page.get().view()).forward(request, response);
            return;
        }
        if ("/contest".equals(request.getServletPath()) || "/gallery".equals(request.getServletPath())
                || "/campaign".equals(request.getServletPath())) {
            boolean gallery = "/gallery".equals(request.getServletPath());
            boolean campaign = "/campaign".equals(request.getServletPath());
            Matcher item = CONTEST.matcher(rest);
            Matcher photo = CONTEST_PHOTO.matcher(rest);
            String view = item.matches() ? (campaign ? "/funding/campaign.xhtml?id=" : gallery
                    ? "/galleries/view.xhtml?id=" : "/contests/view.xhtml?id=") + item.group(1)
                    : !gallery && !campaign && photo.matches() ? "/contests/photo.xhtml?id=" + photo.group(1) : null;
            if (view == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String query = request.getQueryString() == null ? "" : "&" + request.getQueryString();
            request.getRequestDispatcher(view + query).forward(request, response);
            return;
        }
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
