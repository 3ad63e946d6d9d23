package org.civitas.opendata.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
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
import org.civitas.opendata.RdfFormat;
import org.civitas.opendata.Snapshots;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.DistrictBoundaries;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

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
    private DistrictBoundaries boundaries;

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

    @Inject
    @ConfigProperty(name = "civitas.opendata.settle-seconds", defaultValue = "150")
    private int settleSeconds;

    /** The list of datasets, with their addresses. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The open-data datasets and their addresses",
            description = "Each dataset as CSV (whole file) and JSON (pages). See also datapackage.json and catalog.")
    public Response index() {
        JsonObjectBuilder datasets = Json.createObjectBuilder();
        String base = apiBase();
        for (Dataset d : Dataset.values()) {
            datasets.add(d.path(), Json.createObjectBuilder().add("csv", base + "/" + d.path() + ".csv")
                    .add("json", base + "/" + d.path() + ".json").add("about", base + "/" + d.path()));
        }
        String body = Json.createObjectBuilder().add("datasets", datasets).add("catalog", base + "/catalog")
                .add("datapackage", base + "/datapackage.json").add("snapshots", base + "/snapshots")
                .add("licence", DataPackage.LICENCE_URL).build().toString();
        return validated(body, MediaType.APPLICATION_JSON, 300).build();
    }

    @GET
    @Path("datapackage.json")
    @Produces(MediaType.APPLICATION_JSON + "; charset=utf-8")
    @Operation(summary = "The Data Package (Frictionless Data v2) describing every CSV with its Table Schema",
            description = "Example: curl https://portal.example/api/opendata/v1/datapackage.json")
    public Response dataPackage() {
        return validated(DataPackage.build(apiBase(), town.getName(), catalog.lastChange()).toString(),
                MediaType.APPLICATION_JSON + "; charset=utf-8", 3600).build();
    }

    @GET
    @Path("catalog")
    @Produces({"application/ld+json", "text/turtle", "application/rdf+xml"})
    @Operation(summary = "The DCAT-AP 3.0.1 catalogue, by content negotiation",
            description = "Accept: application/ld+json (the default), text/turtle or application/rdf+xml, with quality "
                    + "values; 406 when none of them is acceptable. Also at catalog.jsonld, catalog.ttl and catalog.rdf. "
                    + "Example: curl -H 'Accept: text/turtle' https://portal.example/api/opendata/v1/catalog")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    @APIResponse(responseCode = "406", description = "None of the formats asked for is offered")
    public Response catalog(@HeaderParam("Accept") String accept) {
        RdfFormat format = negotiated(accept);
        return rdf(catalog.write(apiBase(), format), format, true);
    }

    @GET
    @Path("catalog.jsonld")
    @Produces("application/ld+json")
    @Operation(summary = "The DCAT-AP 3.0.1 catalogue as JSON-LD (inline @context)")
    public Response catalogJsonLd() {
        return rdf(catalog.write(apiBase(), RdfFormat.JSON_LD), RdfFormat.JSON_LD, false);
    }

    @GET
    @Path("catalog.ttl")
    @Produces("text/turtle")
    @Operation(summary = "The DCAT-AP 3.0.1 catalogue as Turtle")
    public Response catalogTurtle() {
        return rdf(catalog.write(apiBase(), RdfFormat.TURTLE), RdfFormat.TURTLE, false);
    }

    @GET
    @Path("catalog.rdf")
    @Produces("application/rdf+xml")
    @Operation(summary = "The DCAT-AP 3.0.1 catalogue as RDF/XML")
    public Response catalogRdfXml() {
        return rdf(catalog.write(apiBase(), RdfFormat.RDF_XML), RdfFormat.RDF_XML, false);
    }

    /** A dataset's address (its IRI in the catalogue) answers with what the catalogue says of it. */
    @GET
    @Path("{dataset: [a-z-]+}")
    @Produces({"application/ld+json", "text/turtle", "application/rdf+xml"})
    @Operation(summary = "A dataset's description (its IRI in the catalogue), by content negotiation",
            description = "What the DCAT-AP catalogue says of the dataset and its distributions. Example: "
                    + "curl -H 'Accept: text/turtle' https://portal.example/api/opendata/v1/proposals")
    @APIResponse(responseCode = "200", description = "The dataset's description")
    @APIResponse(responseCode = "404", description = "No such dataset")
    @APIResponse(responseCode = "406", description = "None of the formats asked for is offered")
    public Response datasetDescription(@PathParam("dataset") String name, @HeaderParam("Accept") String accept) {
        Dataset dataset = dataset(name);
        RdfFormat format = negotiated(accept);
        return rdf(catalog.writeDataset(apiBase(), dataset, format), format, true);
    }

    /** The format the Accept header prefers; a 406 problem when it accepts none of those offered. */
    private static RdfFormat negotiated(String accept) {
        return RdfFormat.negotiate(accept).orElseThrow(NotAcceptableException::new);
    }

    /**
     * An RDF answer with a strong validator of its bytes (a catalogue changes with every write of a dataset: its
     * dates), {@code Vary: Accept} where the format was negotiated.
     */
    private Response rdf(String body, RdfFormat format, boolean negotiated) {
        Response.ResponseBuilder builder = validated(body, format.contentType(), 300);
        if (negotiated) {
            builder.header("Vary", "Accept");
        }
        return builder.build();
    }

    /** A small answer with a strong validator of its bytes: 304 when the caller's copy is the same. */
    private Response.ResponseBuilder validated(String body, String contentType, int maxAge) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAge);
        return Conditional.answer(request, Conditional.tagOf(body.getBytes(StandardCharsets.UTF_8)), cache,
                () -> Response.ok(body, contentType));
    }

    @GET
    @Path("snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Daily ZIP snapshots of all the CSV files, with their SHA-256 (the last 30 days)",
            description = "Example: curl https://portal.example/api/opendata/v1/snapshots/")
    public Response snapshotList() {
        String base = apiBase() + "/snapshots/";
        JsonArrayBuilder list = Json.createArrayBuilder();
        snapshots.list().forEach(snapshot -> list.add(Json.createObjectBuilder().add("date", snapshot.date().toString())
                .add("url", base + snapshot.file()).add("sha256", snapshot.sha256() == null ? "" : snapshot.sha256())
                .add("bytes", snapshot.bytes())));
        return validated(Json.createObjectBuilder().add("snapshots", list).build().toString(), MediaType.APPLICATION_JSON,
                300).build();
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
    @Path("districts.geojson")
    @Produces("application/geo+json")
    @Operation(summary = "The districts' boundaries as GeoJSON",
            description = "A FeatureCollection (RFC 7946, WGS 84), one Polygon or MultiPolygon feature per district with a "
                    + "boundary, with the district's code and name (the key of districts.csv); empty when none was uploaded")
    @APIResponse(responseCode = "200", description = "The boundaries")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    public Response boundaries() {
        return Response.ok(boundaries.collection())
                .header("Content-Disposition", "inline; filename=\"districts.geojson\"").build();
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
        // The pass's horizon: fixed by its first page, carried by its cursors; never before the since asked for.
        Instant horizon = after != null && after.asOf() != null ? after.asOf() : horizon();
        Instant asOf = from != null && from.isAfter(horizon) ? from : horizon;
        OpenDataExport.State state = export.state(dataset);
        EntityTag tag = tag(dataset, state, "json|" + from + "|" + cursor + "|" + size + "|" + asOf);
        Response.ResponseBuilder unchanged = evaluate(state, tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        StreamingOutput body = out -> export.writeJsonPage(dataset, from, asOf, after, size, out, next -> {
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

    /**
     * The horizon of changes: {@code civitas.opendata.settle-seconds} (150) ago, to the second. Every transaction
     * ends within 120 s of its start (server.xml's transaction lifetime) and stamps its rows after it began: a row
     * whose change time is at or before the horizon has committed, and no later write can be stamped at or before it.
     */
    private Instant horizon() {
        return Instant.now().minusSeconds(settleSeconds).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The dataset's state, exact: what changes with every committed write (rows, versions, last change). */
    private static EntityTag tag(Dataset dataset, OpenDataExport.State state, String variant) {
        Instant changed = state.lastChanged() == null ? Instant.EPOCH : state.lastChanged();
        return new EntityTag(dataset.path() + "-" + state.rows() + "-" + state.writes() + "-" + changed.getEpochSecond()
                + "." + changed.getNano() + "-" + Integer.toHexString(variant.hashCode()), true);
    }

    /**
     * A date only when it cannot lie: HTTP dates are to the second, so {@code Last-Modified} is given (and
     * {@code If-Modified-Since} honoured) only once the last change is before the horizon, when no write can ever be
     * stamped in its second again. Otherwise the ETag alone.
     */
    private Date settledLastChange(OpenDataExport.State state) {
        return state.lastChanged() != null && state.lastChanged().isBefore(horizon())
                ? Date.from(state.lastChanged().truncatedTo(ChronoUnit.SECONDS)) : null;
    }

    private Response.ResponseBuilder evaluate(OpenDataExport.State state, EntityTag tag) {
        Date modified = settledLastChange(state);
        return modified == null ? request.evaluatePreconditions(tag) : request.evaluatePreconditions(modified, tag);
    }

    private Response.ResponseBuilder cached(Response.ResponseBuilder builder, OpenDataExport.State state,
                                            EntityTag tag) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        builder.tag(tag).cacheControl(cache);
        Date modified = settledLastChange(state);
        if (modified != null) {
            builder.lastModified(modified);
        }
        return builder;
    }
}
