package org.civitas.proposals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.civitas.platform.PlainLine;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.TaxonomyService.Kind;
import org.civitas.proposals.TaxonomyTerm;
import org.civitas.proposals.Theme;
import org.civitas.proposals.ThemeNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * The town's themes: read by anyone (the ones offered for a new proposal, or all with {@code ?all=true}, retired ones
 * included); set up by administrators: added, renamed, moved, retired and restored.
 */
@Path("themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemesResource {

    @Inject
    private TaxonomyService taxonomy;

    /** A theme as the API shows it. */
    public record ThemeJson(String code, String nameFr, String nameEn, int position, boolean retired) {
        static ThemeJson of(Theme t) {
            return new ThemeJson(t.getCode(), t.getNameFr(), t.getNameEn(), t.getPosition(), t.isRetired());
        }
    }

    /** A new theme: its code may be left out (made from the French name), its English name too (the French one). */
    public record NewTheme(@Size(max = 40) @Pattern(regexp = TaxonomyTerm.CODE) String code,
                           @NotBlank @Size(max = 80) @PlainLine String nameFr,
                           @Size(max = 80) @PlainLine String nameEn) {
    }

    /** A theme's change: its names, and whether it is retired (left out: unchanged). */
    public record ThemeChange(@NotBlank @Size(max = 80) @PlainLine String nameFr,
                              @NotBlank @Size(max = 80) @PlainLine String nameEn,
                              Boolean retired) {
    }

    @GET
    @Operation(summary = "The themes, in their order", description = "Those offered for a new proposal; with all=true, the retired ones too")
    @APIResponse(responseCode = "200", description = "The themes")
    public List<ThemeJson> list(@Parameter(description = "true: retired themes too") @QueryParam("all") boolean all) {
        return (all ? taxonomy.allThemes() : taxonomy.themes()).stream().map(ThemeJson::of).toList();
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a theme at the end of the list (administrator)",
            description = "Example body: {\"nameFr\":\"Culture\",\"nameEn\":\"Culture\"}; the code, left out, is made from the French name and never changes")
    @APIResponse(responseCode = "201", description = "The theme")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public Response add(@NotNull @Valid NewTheme theme, @Context UriInfo uri) {
        String nameEn = theme.nameEn() == null || theme.nameEn().isBlank() ? theme.nameFr() : theme.nameEn();
        Theme added = taxonomy.addTheme(theme.code(), new ThemeNames(theme.nameFr(), nameEn));
        return Response.created(uri.getAbsolutePathBuilder().path(added.getCode()).build())
                .entity(ThemeJson.of(added)).build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a theme, retire or restore it (administrator)",
            description = "Example body: {\"nameFr\":\"Mobilités\",\"nameEn\":\"Getting around\",\"retired\":false}")
    @APIResponse(responseCode = "200", description = "The theme as changed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such theme")
    @APIResponse(responseCode = "409", description = "The last theme offered cannot be retired")
    public ThemeJson change(@PathParam("code") String code, @NotNull @Valid ThemeChange change) {
        return ThemeJson.of(taxonomy.changeTheme(code, new ThemeNames(change.nameFr(), change.nameEn()),
                change.retired()));
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a theme one place up or down (administrator)",
            description = "Example body: {\"direction\":\"up\"}; at either end of the list nothing moves")
    @APIResponse(responseCode = "204", description = "Moved")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such theme")
    public Response move(@PathParam("code") String code, @NotNull @Valid Move move) {
        taxonomy.move(Kind.THEME, code, move.up());
        return Response.noContent().build();
    }
}
