package org.civitas.places.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.civitas.places.Address;
import org.civitas.places.Geocoder;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Limit;
import org.civitas.platform.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Duration;
import java.util.List;

import static org.civitas.platform.rest.QueryParams.decimal;

/**
 * Addresses looked up in the national address base through the portal (the form's suggestions as one types, and the
 * address of a pin put on the map): the browser talks to the portal only, under its own policy, and each address
 * may ask so many lookups a minute ({@code CIVITAS_LIMIT_ADDRESS_LOOKUPS_PER_MINUTE}, 30 by default), which keeps the
 * portal within the address base's own limit. When the address base is down: 503 with {@code Retry-After}.
 */
@Path("places")
@Produces(MediaType.APPLICATION_JSON)
public class PlacesResource {

    @Inject
    private Geocoder geocoder;

    @Inject
    private RateLimits limits;

    @Inject
    @ConfigProperty(name = "civitas.limit.address-lookups-per-minute", defaultValue = "30")
    private int perMinute;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("search")
    @Operation(summary = "Addresses for a text, best first (up to 5)",
            description = "Example: /api/places/search?q=12 rue de la République Besançon. A text of fewer than 3 "
                    + "characters, or not beginning with a letter or a digit, finds nothing.")
    @APIResponse(responseCode = "200", description = "The addresses found, perhaps none")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address in a minute")
    @APIResponse(responseCode = "503", description = "The address base does not answer; try again later")
    public List<Address> search(@Parameter(description = "an address, or its beginning") @QueryParam("q") String text) {
        take();
        return geocoder.search(text);
    }

    @GET
    @Path("reverse")
    @Operation(summary = "The address nearest a point", description = "Example: /api/places/reverse?lat=47.2378&lon=6.0241")
    @APIResponse(responseCode = "200", description = "The address")
    @APIResponse(responseCode = "404", description = "No address near that point")
    @APIResponse(responseCode = "503", description = "The address base does not answer; try again later")
    public Address reverse(@QueryParam("lat") String lat, @QueryParam("lon") String lon) {
        double latitude = decimal(lat, "lat", -90, 90);
        double longitude = decimal(lon, "lon", -180, 180);
        take();
        return geocoder.reverse(latitude, longitude).orElseThrow(
                () -> new BusinessException(BusinessException.Kind.NOT_FOUND, "places.nothingThere"));
    }

    private void take() {
        limits.take(Limit.of("address-lookup", perMinute, Duration.ofMinutes(1)), request.getRemoteAddr(),
                "limit.addressLookups");
    }
}
