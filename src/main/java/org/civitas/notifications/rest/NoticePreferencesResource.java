package org.civitas.notifications.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.notifications.Cadence;
import org.civitas.notifications.NoticeKind;
import org.civitas.notifications.NoticePreferences;
import org.civitas.platform.BusinessException;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * How the caller wants mail, kind by kind: at once, in the daily or the weekly digest, or never. Notifications in the
 * portal come whatever the choice.
 */
@ApplicationScoped
@Path("me/notice-preferences")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class NoticePreferencesResource {

    @Inject
    private NoticePreferences preferences;

    /** One kind: the caller's choice and the kind's default. */
    public record PreferenceJson(NoticeKind kind, Cadence cadence, Cadence byDefault) {
    }

    public record PreferencesJson(List<PreferenceJson> items) {
    }

    /** A new choice: IMMEDIATE, DAILY, WEEKLY or NEVER. */
    public record Choice(@NotNull String cadence) {
    }

    @GET
    @Operation(summary = "How the caller wants mail, kind by kind",
            description = "Kinds: ANSWER (an answer to a proposal one took part in or follows), IDEA (the review of "
                    + "one's budget idea), REPLY (a reply to one's comment), COMMENT (a comment on what one follows), "
                    + "NEW_PROPOSAL (in a theme, district or by a person one follows), MILESTONE (a step of a project "
                    + "one follows).")
    @APIResponse(responseCode = "200", description = "Every kind, with its choice and default")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public PreferencesJson list() {
        return json(preferences.mine());
    }

    @PUT
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose how mail of one kind comes",
            description = "Example: PUT /api/me/notice-preferences/comment with {\"cadence\":\"WEEKLY\"}.")
    @APIResponse(responseCode = "200", description = "Every kind, with its choice and default, as saved")
    @APIResponse(responseCode = "400", description = "Not a cadence")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Cross-site request refused, or a read-only token")
    @APIResponse(responseCode = "404", description = "Not a kind of notice")
    @APIResponse(responseCode = "429", description = "Too many changes in a minute")
    public PreferencesJson choose(@PathParam("kind") String kind, @NotNull Choice choice) {
        NoticeKind k = NoticeKind.parse(kind)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "noticeKind.unknown"));
        Cadence c = Cadence.parse(choice.cadence())
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.BAD_REQUEST, "cadence.unknown"));
        preferences.choose(Map.of(k, c));
        return json(preferences.mine());
    }

    private static PreferencesJson json(Map<NoticeKind, Cadence> choices) {
        return new PreferencesJson(choices.entrySet().stream()
                .map(e -> new PreferenceJson(e.getKey(), e.getValue(), e.getKey().byDefault())).toList());
    }
}
