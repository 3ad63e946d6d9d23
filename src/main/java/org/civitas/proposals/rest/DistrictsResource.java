package org.civitas.proposals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civitas.accounts.Role;
import org.civitas.platform.BusinessException;
import org.civitas.platform.PlainLine;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.District;
import org.civitas.proposals.DistrictBoundaries;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.TaxonomyService.Kind;
import org.civitas.proposals.TaxonomyTerm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

import static org.civitas.platform.rest.QueryParams.decimal;

/**
 * The town's districts: read by anyone (the ones offered for a new proposal, or all with {@code ?all=true}, retired
 * ones included); set up by administrators: added, renamed, moved, retired and restored. A district has one name, a
 * place's, the same in every language.
 */
@Path("districts")
@Produces(MediaType.APPLICATION_JSON)
public class DistrictsResource {

    /** RFC 7946's media type. */
    public static final String GEO_JSON = "application/geo+json";

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private DistrictBoundaries boundaries;

    /** A district as the API shows it. */
    public record DistrictJson(String code, String name, int position, boolean retired) {
        static DistrictJson of(District d) {
            return new DistrictJson(d.getCode(), d.getName(), d.getPosition(), d.isRetired());
        }
    }

    public record NewDistrict(@Size(max = 40) @Pattern(regexp = TaxonomyTerm.CODE) String code,
                              @NotBlank @Size(max = 80) @PlainLine String name) {
    }

    /** A district's change: its name, and whether it is retired (left out: unchanged). */
    public record DistrictChange(@NotBlank @Size(max = 80) @PlainLine String name, Boolean retired) {
    }

    @GET
    @Operation(summary = "The districts, in their order", description = "Those offered for a new proposal; with all=true, the retired ones too")
    @APIResponse(responseCode = "200", description = "The districts")
    public List<DistrictJson> list(@Parameter(description = "true: retired districts too") @QueryParam("all") boolean all) {
        return (all ? taxonomy.allDistricts() : taxonomy.districts()).stream().map(DistrictJson::of).toList();
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a district at the end of the list (administrator)",
            description = "Example body: {\"name\":\"Battant\"}; the code, left out, is made from the name and never changes")
    @APIResponse(responseCode = "201", description = "The district")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response add(@NotNull @Valid NewDistrict district, @Context UriInfo uri) {
        District added = taxonomy.addDistrict(district.code(), district.name());
        return Response.created(uri.getAbsolutePathBuilder().path(added.getCode()).build())
                .entity(DistrictJson.of(added)).build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a district, retire or restore it (administrator)",
            description = "Example body: {\"name\":\"Battant\",\"retired\":true}")
    @APIResponse(responseCode = "200", description = "The district as changed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such district")
    public DistrictJson change(@PathParam("code") String code, @NotNull @Valid DistrictChange change) {
        return DistrictJson.of(taxonomy.changeDistrict(code, change.name(), change.retired()));
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a district one place up or down (administrator)",
            description = "Example body: {\"direction\":\"down\"}; at either end of the list nothing moves")
    @APIResponse(responseCode = "204", description = "Moved")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such district")
    public Response move(@PathParam("code") String code, @NotNull @Valid Move move) {
        taxonomy.move(Kind.DISTRICT, code, move.up());
        return Response.noContent().build();
    }

    @GET
    @Path("boundaries")
    @Produces(GEO_JSON)
    @Operation(summary = "The districts' boundaries, as GeoJSON",
            description = "A FeatureCollection (RFC 7946, WGS 84): one Polygon or MultiPolygon feature per district that "
                    + "has a boundary, with its code and name; empty when none was uploaded")
    @APIResponse(responseCode = "200", description = "The boundaries")
    public Response boundaries() {
        return Response.ok(boundaries.collection()).header("Cache-Control", "public, max-age=300").build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("boundaries")
    @Consumes({GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Replace every district's boundary (administrator)",
            description = "A GeoJSON FeatureCollection of Polygon or MultiPolygon features (WGS 84, at most 5 MB), each "
                    + "naming its district by a 'code' property, or by 'name' or 'nom'. All or nothing: a feature that "
                    + "names no district, or is not a valid shape, refuses the file.")
    @APIResponse(responseCode = "200", description = "How many districts have a boundary now")
    @APIResponse(responseCode = "400", description = "Not boundaries, with the feature and the reason")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public BoundariesSet replaceBoundaries(String geoJson) {
        return new BoundariesSet(boundaries.replace(geoJson == null ? "" : geoJson));
    }

    @DELETE
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("boundaries")
    @Operation(summary = "Remove every district's boundary (administrator)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response clearBoundaries() {
        boundaries.clear();
        return Response.noContent().build();
    }

    @GET
    @Path("at")
    @Operation(summary = "The district whose boundary holds a point",
            description = "Example: /api/districts/at?lat=47.2378&lon=6.0241 (what a pin on the map proposes)")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "404", description = "No district's boundary holds it (or none has a boundary)")
    public DistrictJson at(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        return boundaries.at(decimal(lat, "lat", -90, 90), decimal(lon, "lon", -180, 180)).map(DistrictJson::of)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "places.noDistrict"));
    }

    /** The answer to an upload of boundaries. */
    public record BoundariesSet(int districts) {
    }
}
