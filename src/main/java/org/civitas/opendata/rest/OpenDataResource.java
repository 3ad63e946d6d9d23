package org.civitas.opendata.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import org.civitas.opendata.Catalog;
import org.civitas.opendata.Cursor;
import org.civitas.opendata.DataPackage;
import org.civitas.opendata.Dataset;
import org.civitas.opendata.OpenDataException;
import org.civitas.opendata.OpenDataExport;
import org.civitas.opendata.Snapshots;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Town;
import org.civitas.platform.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open-data datasets: {@code /api/opendata/v1/{dataset}.csv} (the whole dataset, streamed) and
 * {@code .json} (pages with a cursor; {@code ?since=} for what changed). Conditional requests get 304; every answer
 * may be cached five minutes and read from any origin.
 */
@Path("opendata/v1")
@RequestScoped
@OpenData
public class OpenDataResource {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    @Inject
    private OpenDataExport export;

    @Inject
    private Town town;

    @Inject
    private Catalog catalog;

    @Inject
    private Snapshots snapshots;

    @Context
    private Request request;

    @Context
    private HttpServletRequest servletRequest;

    @Inject
    private PublicAddress address;

    /** The list of datasets, with their addresses. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The open-data datasets and their addresses",
            description = "Each dataset as CSV (whole file) and JSON (pages). See also datapackage.json and catalog.")
    public Map<String, Object> index() {
        Map<String, Object> datasets = new LinkedHashMap<>();
        for (Dataset d : Dataset.values()) {
            String base = apiBase();
            datasets.put(d.path(), Map.of("csv", base + "/" + d.path() + ".csv", "json", base + "/" + d.path() + ".json"));
        }
        return Map.of("datasets", datasets, "licence", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
    }

    @GET
    @Path("datapackage.json")
    @Produces(MediaType.APPLICATION_JSON + "; charset=utf-8")
    @Operation(summary = "The Data Package (Frictionless Data v2) describing every CSV with its Table Schema",
            description = "Example: curl https://portal.example/api/opendata/v1/datapackage.json")
    public Response dataPackage() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(DataPackage.build(apiBase(), town.getName(), Instant.now()).toString())
                .cacheControl(cache).build();
    }

    @GET
    @Path("catalog")
    @Produces({"application/ld+json", "text/turtle"})
    @Operation(summary = "The DCAT-AP 3.0.1 catalogue, by content negotiation",
            description = "Accept: application/ld+json (default) or text/turtle. Also at catalog.jsonld and catalog.ttl. "
                    + "Example: curl -H 'Accept: text/turtle' https://portal.example/api/opendata/v1/catalog")
    public Response catalog(@HeaderParam("Accept") String accept) {
        boolean turtle = accept != null && accept.contains("text/turtle")
                && (!accept.contains("ld+json") || accept.indexOf("text/turtle") < accept.indexOf("ld+json"));
        return turtle ? catalogTurtle() : catalogJsonLd();
    }

    @GET
    @Path("catalog.jsonld")
    @Produces("application/ld+json")
    @Operation(summary = "The DCAT-AP 3.0.1 catalogue as JSON-LD (inline @context)")
    public Response catalogJsonLd() {
        return catalogResponse(catalog.jsonLd(apiBase()), "application/ld+json");
    }

    @GET
    @Path("catalog.ttl")
    @Produces("text/turtle")
    @Operation(summary = "The DCAT-AP 3.0.1 catalogue as Turtle")
    public Response catalogTurtle() {
        return catalogResponse(catalog.turtle(apiBase()), "text/turtle; charset=utf-8");
    }

    private static Response catalogResponse(String body, String type) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(body, type).cacheControl(cache).header("Vary", "Accept").build();
    }

    @GET
    @Path("snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Daily ZIP snapshots of all the CSV files, with their SHA-256 (the last 30 days)",
            description = "Example: curl https://portal.example/api/opendata/v1/snapshots/")
    public Map<String, Object> snapshotList() {
        String base = apiBase() + "/snapshots/";
        return Map.of("snapshots", snapshots.list().stream().map(s -> Map.of("date", s.date().toString(),
                "url", base + s.file(), "sha256", s.sha256() == null ? "" : s.sha256(), "bytes", s.bytes())).toList());
    }

    @GET
    @Path("snapshots/{file: civitas-opendata-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.zip}")
    @Produces("application/zip")
    @Operation(summary = "One daily snapshot (a ZIP of every CSV, datapackage.json, README and licence)")
    @APIResponse(responseCode = "200", description = "The ZIP")
    @APIResponse(responseCode = "404", description = "No snapshot of that day")
    public Response snapshot(@PathParam("file") String file) {
        var zip = snapshots.file(file).orElseThrow(() -> new OpenDataException(
                BusinessException.Kind.NOT_FOUND, "opendata.noSnapshot", file));
        String sha = snapshots.list().stream().filter(s -> s.file().equals(file)).findFirst()
                .map(Snapshots.Snapshot::sha256).orElse(file);
        EntityTag tag = new EntityTag(sha == null ? file : sha);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        StreamingOutput body = out -> Files.copy(zip, out);
        return Response.ok(body).tag(tag).cacheControl(cache)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** This API's base address, from the portal's public address (never from the caller's Host header). */
    private String apiBase() {
        return address.base(servletRequest) + "/api/opendata/v1";
    }

    @GET
    @Path("{dataset: [a-z-]+}.csv")
    @Produces("text/csv; charset=utf-8; header=present")
    @Operation(summary = "A whole dataset as CSV",
            description = "UTF-8, comma, CRLF, a header row, ISO 8601 times in UTC. Example: "
                    + "curl -O https://portal.example/api/opendata/v1/proposals.csv")
    @APIResponse(responseCode = "200", description = "The CSV file, streamed")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date given")
    @APIResponse(responseCode = "404", description = "No such dataset")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response csv(@Parameter(description = "proposals, comments, answers, votes-daily, themes or districts")
                        @PathParam("dataset") String name) {
        Dataset dataset = dataset(name);
        OpenDataExport.State state = export.state(dataset);
        EntityTag tag = tag(dataset, state, "csv");
        Response.ResponseBuilder unchanged = evaluate(state, tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        StreamingOutput body = out -> export.writeCsv(dataset, out);
        return cached(Response.ok(body), state, tag)
                .header("Content-Disposition", "inline; filename=\"" + dataset.path() + ".csv\"").build();
    }

    @GET
    @Path("{dataset: [a-z-]+}.json")
    @Produces(MediaType.APPLICATION_JSON + "; charset=utf-8")
    @Operation(summary = "A dataset as JSON, by pages",
            description = "Items have the CSV's field names. Follow \"next\" until it is null. With since=<ISO instant> "
                    + "(e.g. 2026-11-01T00:00:00Z), only what changed after it, proposals and comments that left the "
                    + "public view as {\"id\":7,\"deleted\":true,\"at\":...}; a proposal's tombstone also removes its "
                    + "comments, answers and daily votes. Example: curl 'https://portal.example/api/opendata/v1/"
                    + "proposals.json?since=2026-11-01T00:00:00Z'")
    @APIResponse(responseCode = "200", description = "A page")
    @APIResponse(responseCode = "304", description = "Unchanged")
    @APIResponse(responseCode = "400", description = "since, cursor or limit that does not parse")
    @APIResponse(responseCode = "404", description = "No such dataset")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response json(@PathParam("dataset") String name,
                         @Parameter(description = "ISO 8601 instant: only what changed after it") @QueryParam("since") String since,
                         @Parameter(description = "the token of a next link") @QueryParam("cursor") String cursor,
                         @Parameter(description = "items per page, 1 to 10000 (default 1000)") @QueryParam("limit") String limit) {
        Dataset dataset = dataset(name);
        Instant from = since(since, dataset);
        Cursor after = cursor(cursor);
        int size = limit(limit);
        OpenDataExport.State state = export.state(dataset);
        EntityTag tag = tag(dataset, state, "json|" + from + "|" + cursor + "|" + size);
        Response.ResponseBuilder unchanged = evaluate(state, tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        StreamingOutput body = out -> export.writeJsonPage(dataset, from, after, size, out, next -> {
            UriBuilder link = UriBuilder.fromUri(apiBase() + "/" + dataset.path() + ".json");
            if (since != null && !since.isBlank()) {
                link.queryParam("since", since);
            }
            return link.queryParam("cursor", next).queryParam("limit", size).build().toString();
        });
        return cached(Response.ok(body), state, tag).build();
    }

    /** CORS preflight for cross-origin conditional requests (If-None-Match is not a "simple" header). */
    @OPTIONS
    @Path("{any: .*}")
    @Operation(hidden = true)
    public Response preflight() {
        return Response.noContent().header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                .header("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since")
                .header("Access-Control-Max-Age", "86400").build();
    }

    private static Dataset dataset(String name) {
        return Dataset.byPath(name).orElseThrow(() -> new OpenDataException(BusinessException.Kind.NOT_FOUND,
                "opendata.unknownDataset", name, String.join(", ", List.of(Dataset.values()).stream()
                        .map(Dataset::path).toList())));
    }

    private static Instant since(String value, Dataset dataset) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new OpenDataException(BusinessException.Kind.BAD_REQUEST, "opendata.badSince", value);
        }
        return dataset.followsChanges() ? instant : null;
    }

    private static Cursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Cursor.decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new OpenDataException(BusinessException.Kind.BAD_REQUEST, "opendata.badCursor");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new OpenDataException(BusinessException.Kind.BAD_REQUEST, "opendata.badLimit", MAX_LIMIT);
    }

    private static EntityTag tag(Dataset dataset, OpenDataExport.State state, String variant) {
        long changed = state.lastChanged() == null ? 0 : state.lastChanged().toEpochMilli();
        return new EntityTag(dataset.path() + "-" + state.rows() + "-" + changed + "-"
                + Integer.toHexString(variant.hashCode()), true);
    }

    private Response.ResponseBuilder evaluate(OpenDataExport.State state, EntityTag tag) {
        return state.lastChanged() == null ? request.evaluatePreconditions(tag)
                : request.evaluatePreconditions(Date.from(state.lastChanged()), tag);
    }

    private static Response.ResponseBuilder cached(Response.ResponseBuilder builder, OpenDataExport.State state,
                                                   EntityTag tag) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        builder.tag(tag).cacheControl(cache);
        if (state.lastChanged() != null) {
            builder.lastModified(Date.from(state.lastChanged()));
        }
        return builder;
    }
}
