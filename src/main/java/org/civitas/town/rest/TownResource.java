package org.civitas.town.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.Role;
import org.civitas.platform.rest.SignedIn;
import org.civitas.town.AccessibilityStatement;
import org.civitas.town.Compliance;
import org.civitas.town.Contrast;
import org.civitas.town.Identity;
import org.civitas.town.LegalNotice;
import org.civitas.town.LogoUploads;
import org.civitas.town.TownService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The town's identity, legal notice and accessibility statement: read by anyone, changed by administrators; the logo
 * (uploaded as the request's bytes, whatever their declared type: the content decides) and the small style sheet
 * that gives the portal the town's colour.
 */
@Path("town")
@Produces(MediaType.APPLICATION_JSON)
public class TownResource {

    /** The logo and the style sheet: pages ask for them with their version (?v=), so a change shows at once there. */
    private static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    @Inject
    private TownService town;

    @Inject
    private LogoUploads logos;

    /** The town as the API shows it: the introductions as pages show them (the portal's own when none is set). */
    public record TownJson(String name, String colour, String logo, String introFr, String introEn, String publicUrl,
                           Compliance accessibility) {
    }

    /** The legal notice in both languages. */
    public record LegalJson(@NotNull @Valid LegalNotice fr, @NotNull @Valid LegalNotice en) {
    }

    @GET
    @Operation(summary = "The town: name, main colour, logo address, home introduction (fr, en), public address")
    @APIResponse(responseCode = "200", description = "The town")
    public TownJson get() {
        Identity identity = town.identity();
        boolean logo = town.logo().isPresent();
        return new TownJson(identity.name(), identity.colour(), logo ? "/api/town/logo" : null,
                town.intro(Locale.FRENCH), town.intro(Locale.ENGLISH),
                identity.publicUrl().isEmpty() ? null : identity.publicUrl(), town.compliance());
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the town's identity (administrator)",
            description = "Example body: {\"name\":\"Montreuil\",\"colour\":\"#1f5f8b\",\"publicUrl\":\"https://participer.montreuil.fr\","
                    + "\"introFr\":\"…\",\"introEn\":\"…\"}; an empty publicUrl or introduction takes the default back")
    @APIResponse(responseCode = "200", description = "The town as changed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "Invalid fields: a colour too light for white text (the measured ratio is given), an address that is not an absolute http(s) one")
    public TownJson change(@NotNull @Valid Identity identity) {
        town.changeIdentity(identity);
        return get();
    }

    @GET
    @Path("logo")
    @Produces("image/jpeg")
    @Operation(summary = "The town's logo (a JPEG re-encoded from the upload)")
    @APIResponse(responseCode = "200", description = "The JPEG")
    @APIResponse(responseCode = "404", description = "No logo")
    public Response logo() {
        return Response.ok(town.logo().orElseThrow(NotFoundException::new)).cacheControl(FIVE_MINUTES).build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("logo")
    @Operation(summary = "Upload the town's logo (administrator)",
            description = "The body is the image itself (JPEG, PNG or WebP, at most 1 MB); it is decoded and re-encoded")
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "Not an image, too large, or unreadable")
    public Response uploadLogo(InputStream body) throws IOException {
        logos.upload(body.readNBytes(LogoUploads.MAX_BYTES + 1));
        return Response.noContent().build();
    }

    @GET
    @Path("style.css")
    @Produces("text/css")
    @Operation(summary = "The style sheet that gives the portal the town's colour")
    @APIResponse(responseCode = "200", description = "The CSS")
    public Response style() {
        String colour = town.identity().colour();
        String css = ":root { --blue: " + colour + "; --blue-hover: " + Contrast.shade(colour) + "; --blue-soft: "
                + Contrast.tint(colour) + "; }\n";
        return Response.ok(css).cacheControl(FIVE_MINUTES).build();
    }

    @GET
    @Path("legal")
    @Operation(summary = "The legal notice in French and English (defaults where nothing is set)")
    @APIResponse(responseCode = "200", description = "The legal notice")
    public LegalJson legal() {
        return new LegalJson(town.legal("fr"), town.legal("en"));
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("legal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the legal notice (administrator)",
            description = "Both languages, every field: publisher, director, host, dataOfficer, rights; a field equal to its default is not stored")
    @APIResponse(responseCode = "200", description = "The legal notice as changed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public LegalJson changeLegal(@NotNull @Valid LegalJson legal) {
        town.changeLegal(legal.fr(), legal.en());
        return legal();
    }

    @GET
    @Path("accessibility")
    @Operation(summary = "The accessibility statement (RGAA): compliance, rate, audit date, texts in French and English")
    @APIResponse(responseCode = "200", description = "The statement")
    public AccessibilityStatement accessibility() {
        return town.accessibility();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Path("accessibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the accessibility statement (administrator)",
            description = "Example: {\"compliance\":\"PARTIAL\",\"rate\":72,\"auditDate\":\"2026-10-01\",\"fr\":{\"method\":…,\"notMet\":…,"
                    + "\"derogations\":…,\"contact\":…},\"en\":{…}}; PARTIAL and TOTAL need the audit's rate and date")
    @APIResponse(responseCode = "200", description = "The statement as changed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public AccessibilityStatement changeAccessibility(@NotNull @Valid AccessibilityStatement statement) {
        town.changeAccessibility(statement);
        return accessibility();
    }
}
