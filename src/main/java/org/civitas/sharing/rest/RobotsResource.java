package org.civitas.sharing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.civitas.platform.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/**
 * {@code /robots.txt} (also at {@code /api/robots.txt}): crawlers may read the public pages, proposals, photos, cards,
 * feeds and the open data (its files and DCAT catalogue are meant to be found by data search engines), and nothing
 * else of the API, nor the pages of signed-in people (administration, account, moderation, review, results), nor the
 * share links ({@code /s/}, which count a click) and the page a share to another host stops on, nor the search's
 * results (endless, and each a copy of pages listed already) and the unsubscribe page of mails. The sitemap is named by
 * its absolute address. Paths carry the public address's own path, if the portal lives under one; robots.txt must
 * then be served at the host's root by the server in front.
 */
@RequestScoped
@Path("robots.txt")
public class RobotsResource {

    /** Allowed under a disallowed prefix: the longest matching rule wins (RFC 9309). */
    private static final List<String> ALLOWED = List.of("/api/opendata/");

    private static final List<String> DISALLOWED = List.of("/api/", "/admin/", "/account/", "/moderation/",
            "/review/", "/dashboard/", "/s/", "/share/", "/proposal/edit.xhtml", "/report.xhtml", "/search",
            "/unsubscribe");

    @Inject
    private PublicAddress address;

    @Context
    private HttpServletRequest servletRequest;

    @GET
    @Operation(summary = "What crawlers may read, and where the sitemap is (robots.txt)")
    @APIResponse(responseCode = "200", description = "The rules, as plain text")
    public Response robots() {
        String base = address.base(servletRequest);
        String root = URI.create(base).getPath();
        root = root == null ? "" : root.replaceFirst("/+$", "");
        StringBuilder text = new StringBuilder("User-agent: *\n");
        for (String path : ALLOWED) {
            text.append("Allow: ").append(root).append(path).append('\n');
        }
        for (String path : DISALLOWED) {
            text.append("Disallow: ").append(root).append(path).append('\n');
        }
        text.append("\nSitemap: ").append(base).append("/sitemap.xml\n");
        return Response.ok(text.toString(), "text/plain;charset=UTF-8")
                .cacheControl(CacheControl.valueOf("public, max-age=3600")).build();
    }
}
