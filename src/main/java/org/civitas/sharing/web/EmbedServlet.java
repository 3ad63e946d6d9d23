package org.civitas.sharing.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.web.LocaleFilter;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.SecurityHeadersFilter;
import org.civitas.proposals.Proposal;
import org.civitas.sharing.ShareService;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /embed/proposals/{id}}: a small card (theme, title, tallies, a link to vote) for a town's other sites to show
 * in an iframe. No script, no cookie, no form. Framing is allowed only for the origins an administrator lists
 * ({@code frame-ancestors}); everywhere else browsers refuse to show it in a frame.
 */
@WebServlet("/embed/*")
public class EmbedServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/proposals/([0-9]{1,18})");

    @Inject
    private ShareService shares;

    @Inject
    private PublicAddress address;

    @Inject
    private Town town;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Proposal> found = m.matches() ? shares.shareable(Long.parseLong(m.group(1))) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Proposal p = found.get();
        Locale locale = LocaleFilter.chosenLocale(request);
        String link = address.base(request) + "/proposals/" + p.getId() + "/" + p.getSlug()
                + "?utm_source=embed&utm_medium=embed&utm_campaign=proposal-" + p.getId();
        response.setHeader(SecurityHeadersFilter.CSP, framingPolicy(shares.embedOrigins()));
        // Not cached: a change to the listed sites or to the tallies shows at once.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie");
        response.setContentType("text/html;charset=UTF-8");
        String site = siteName(locale, town);
        String place = p.getDistrict() == null ? Texts.get(locale, "proposals.wholeTown") : p.getDistrict().getName();
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + html(p.getTitle()) + " – " + html(site) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/static/embed.css\">"
                + "<link rel=\"canonical\" href=\"" + html(address.base(request) + "/proposals/" + p.getId() + "/" + p.getSlug()) + "\">"
                + "</head><body><article class=\"embed-card\">"
                + "<p class=\"embed-meta\">" + html(p.getTheme().name(locale)) + " · " + html(place) + " · "
                + html(Texts.get(locale, "status." + p.getStatus().name())) + "</p>"
                + "<h1><a href=\"" + html(link) + "\" target=\"_blank\" rel=\"noopener\">" + html(p.getTitle()) + "</a></h1>"
                + "<p class=\"embed-tallies\"><span><strong>" + p.getVotesFor() + "</strong> " + html(Texts.get(locale, "embed.supports"))
                + "</span> <span><strong>" + p.getVotesAgainst() + "</strong> " + html(Texts.get(locale, "embed.against"))
                + "</span> <span><strong>" + p.getCommentCount() + "</strong> " + html(Texts.get(locale, "embed.comments")) + "</span></p>"
                + "<p class=\"embed-actions\"><a class=\"embed-vote\" href=\"" + html(link) + "\" target=\"_blank\" rel=\"noopener\">"
                + html(Texts.get(locale, p.getStatus().isOpenForVotes() ? "embed.vote" : "embed.read")) + "</a>"
                + "<span class=\"embed-site\">" + html(site) + "</span></p>"
                + "</article></body></html>\n");
    }

    /** The portal's name as cards and oEmbed answers give it: "Civitas" and the town. */
    static String siteName(Locale locale, Town town) {
        return Texts.get(locale, "site.name") + " " + town.getName();
    }

    /** The page's policy: nothing but its stylesheet, and framing by the listed origins only. */
    static String framingPolicy(java.util.List<String> origins) {
        return "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "
                + (origins.isEmpty() ? "'none'" : String.join(" ", origins));
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
