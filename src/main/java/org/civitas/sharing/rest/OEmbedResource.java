package org.civitas.sharing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.platform.Numbers;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.web.LocaleFilter;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalPage;
import org.civitas.proposals.ProposalReader;
import org.civitas.sharing.LinkPreview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The oEmbed provider ({@code /oembed?url=<a proposal's address>&format=json}, oEmbed 1.0, also at
 * {@code /api/oembed}): a "rich" answer whose HTML is an iframe of the proposal's embeddable card
 * ({@code /embed/proposals/{id}}), with the proposal's photo or drawn card as thumbnail. {@code maxwidth} and
 * {@code maxheight} are respected; XML is not offered (501, as the spec says); an address that is not one of this
 * portal's shareable proposals is a 404.
 */
@RequestScoped
@Path("oembed")
public class OEmbedResource {

    static final int WIDTH = 480;
    static final int HEIGHT = 240;
    private static final int MIN = 200;
    private static final Pattern PROPOSAL_PATH = Pattern.compile("/proposals/([0-9]{1,18})(/[^/?#]*)?/?");

    @Inject
    private ProposalReader proposals;

    @Inject
    private PublicAddress address;

    @Inject
    private Town town;

    @Context
    private HttpServletRequest servletRequest;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "oEmbed of a proposal's address (JSON)",
            description = "Example: /oembed?url=https://ville.example/proposals/42/des-pistes-cyclables&maxwidth=400")
    @APIResponse(responseCode = "200", description = "A rich oEmbed answer")
    @APIResponse(responseCode = "400", description = "No url")
    @APIResponse(responseCode = "404", description = "Not a shareable proposal of this portal")
    @APIResponse(responseCode = "501", description = "A format other than json")
    public Response oembed(@QueryParam("url") String url, @QueryParam("format") String format,
                           @QueryParam("maxwidth") String maxWidth, @QueryParam("maxheight") String maxHeight) {
        if (format != null && !"json".equals(format)) {
            throw new ServerErrorException(Response.Status.NOT_IMPLEMENTED);
        }
        if (url == null || url.isBlank()) {
            throw new BadRequestException();
        }
        String base = address.base(servletRequest);
        ProposalPage page = proposalOf(base, url.strip()).flatMap(proposals::page).filter(ProposalPage::isOpenToAll)
                .orElseThrow(NotFoundException::new);
        Proposal p = page.proposal();
        Locale locale = LocaleFilter.chosenLocale(servletRequest);
        int width = bounded(maxWidth, WIDTH);
        int height = bounded(maxHeight, HEIGHT);
        String site = Texts.get(locale, "site.name") + " " + town.getName();
        String frame = base + "/embed/proposals/" + p.getId() + ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
        LinkPreview preview = LinkPreview.of(base, page);
        JsonObject json = Json.createObjectBuilder()
                .add("version", "1.0")
                .add("type", "rich")
                .add("provider_name", site)
                .add("provider_url", base + "/")
                .add("title", p.getTitle())
                .add("cache_age", 3600)
                .add("html", "<iframe src=\"" + html(frame) + "\" width=\"" + width + "\" height=\"" + height
                        + "\" title=\"" + html(p.getTitle() + " – " + site) + "\" loading=\"lazy\" "
                        + "style=\"border:0;max-width:100%\"></iframe>")
                .add("width", width)
                .add("height", height)
                .add("thumbnail_url", preview.image())
                .add("thumbnail_width", preview.width())
                .add("thumbnail_height", preview.height())
                .build();
        return Response.ok(json).cacheControl(CacheControl.valueOf("public, max-age=3600"))
                .header("Access-Control-Allow-Origin", "*").build();
    }

    /** The proposal an address names, if it is on this portal (same scheme, host and port, and path below it). */
    static Optional<Long> proposalOf(String base, String url) {
        URI asked;
        URI ours;
        try {
            asked = new URI(url);
            ours = new URI(base);
        } catch (URISyntaxException e) {
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
        OptionalLong asked = Numbers.parse(max);
        return asked.isPresent() ? (int) Math.max(MIN, Math.min(preferred, asked.getAsLong())) : preferred;
    }

    /** Text for an HTML attribute of the iframe the answer carries. */
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
