package org.civitas.sharing.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.Numbers;
import org.civitas.platform.Town;
import org.civitas.platform.web.LocaleFilter;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalPage;
import org.civitas.sharing.LinkPreview;
import org.civitas.sharing.ShareService;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oEmbed provider ({@code /oembed?url=<a proposal's address>&format=json}, oEmbed 1.0): a "rich" answer whose
 * HTML is an iframe of the proposal's card ({@code /embed/proposals/{id}}), with the proposal's photo or drawn card
 * as thumbnail. {@code maxwidth}/{@code maxheight} are respected; XML is not offered (501, as the spec says); an
 * address that is not one of this portal's shareable proposals is a 404.
 */
@WebServlet("/oembed")
public class OEmbedServlet extends HttpServlet {

    static final int WIDTH = 480;
    static final int HEIGHT = 240;
    private static final int MIN = 200;
    private static final Pattern PROPOSAL_PATH = Pattern.compile("/proposals/([0-9]{1,18})(/[^/?#]*)?/?");

    @Inject
    private ShareService shares;

    @Inject
    private ProposalReader proposals;

    @Inject
    private PublicAddress address;

    @Inject
    private Town town;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        if (format != null && !"json".equals(format)) {
            response.sendError(HttpServletResponse.SC_NOT_IMPLEMENTED, "Only format=json is offered.");
            return;
        }
        String url = request.getParameter("url");
        if (url == null || url.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The url parameter is required.");
            return;
        }
        String base = address.base(request);
        Optional<ProposalPage> found = proposalOf(base, url.strip()).flatMap(proposals::page)
                .filter(ProposalPage::isOpenToAll);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Not a proposal of this portal.");
            return;
        }
        Proposal p = found.get().proposal();
        Locale locale = LocaleFilter.chosenLocale(request);
        int width = bounded(request.getParameter("maxwidth"), WIDTH);
        int height = bounded(request.getParameter("maxheight"), HEIGHT);
        String site = EmbedServlet.siteName(locale, town);
        String frame = base + "/embed/proposals/" + p.getId() + ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
        LinkPreview preview = LinkPreview.of(base, found.get());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("version", "1.0")
                .add("type", "rich")
                .add("provider_name", site)
                .add("provider_url", base + "/")
                .add("title", p.getTitle())
                .add("cache_age", 3600)
                .add("html", "<iframe src=\"" + EmbedServlet.html(frame) + "\" width=\"" + width + "\" height=\"" + height
                        + "\" title=\"" + EmbedServlet.html(p.getTitle() + " – " + site) + "\" loading=\"lazy\" "
                        + "style=\"border:0;max-width:100%\"></iframe>")
                .add("width", width)
                .add("height", height)
                .add("thumbnail_url", preview.image())
                .add("thumbnail_width", preview.width())
                .add("thumbnail_height", preview.height());
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.getWriter().write(json.build().toString());
    }

    /** The proposal an address names, if it is on this portal (same scheme, host and port, and path below it). */
    static Optional<Long> proposalOf(String base, String url) {
        URI asked;
        URI ours;
        try {
            asked = new URI(url);
            ours = new URI(base);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (asked.getScheme() == null || asked.getHost() == null || asked.getRawPath() == null
                || !asked.getHost().equalsIgnoreCase(ours.getHost()) || asked.getPort() != ours.getPort()
                || !asked.getScheme().equalsIgnoreCase(ours.getScheme())) {
            return Optional.empty();
        }
        String prefix = ours.getRawPath() == null ? "" : ours.getRawPath();
        if (!asked.getRawPath().startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher m = PROPOSAL_PATH.matcher(asked.getRawPath().substring(prefix.length()));
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private static int bounded(String max, int preferred) {
        java.util.OptionalLong asked = Numbers.parse(max);
        return asked.isPresent() ? (int) Math.max(MIN, Math.min(preferred, asked.getAsLong())) : preferred;
    }
}
