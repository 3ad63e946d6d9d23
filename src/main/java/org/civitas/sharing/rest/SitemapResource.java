package org.civitas.sharing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.civitas.platform.web.PublicAddress;
import org.civitas.sharing.Sitemap;
import org.civitas.sharing.SitemapSource;
import org.civitas.sharing.SitemapProposals;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /sitemap.xml} (also at {@code /api/sitemap.xml}), what a town submits to search engines: the public pages and
 * every proposal everyone sees, at their clean addresses under the portal's public address; a sitemap index naming
 * {@code ?part=} files beyond 50,000 addresses ({@link Sitemap}). Streamed as it is read from the database.
 */
@RequestScoped
@Path("sitemap.xml")
public class SitemapResource {

    private static final String TYPE = "application/xml;charset=UTF-8";

    @Inject
    private SitemapProposals proposals;

    @Inject
    private PublicAddress address;

    @Inject
    @Any
    private Instance<SitemapSource> sources;

    @Context
    private HttpServletRequest servletRequest;

    @GET
    @Operation(summary = "The sitemap (sitemaps.org): public pages and proposals, or an index of its parts")
    @APIResponse(responseCode = "200", description = "A urlset, or a sitemapindex when there are more than 50,000 addresses")
    @APIResponse(responseCode = "404", description = "No such part")
    public Response sitemap(@QueryParam("part") Integer part) {
        List<Sitemap.Entry> extra = new ArrayList<>();
        sources.forEach(source -> extra.addAll(source.entries()));
        Sitemap sitemap = new Sitemap(proposals, extra);
        String base = address.base(servletRequest);
        StreamingOutput body;
        if (part == null && sitemap.parts() > 1) {
            body = out -> sitemap.writeIndex(out, base);
        } else {
            int chosen = part == null ? 1 : part;
            if (chosen < 1 || chosen > sitemap.parts()) {
                throw new NotFoundException();
            }
            body = out -> sitemap.writePart(out, base, chosen);
        }
        // Search engines read it now and then; an hour keeps a crowd of crawlers off the database.
        return Response.ok(body, TYPE).cacheControl(CacheControl.valueOf("public, max-age=3600")).build();
    }
}
