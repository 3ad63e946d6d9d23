package org.civitas.notifications.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civitas.notifications.NoticeKind;
import org.civitas.notifications.NoticePreferences;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;

/**
 * The one-click unsubscribe of RFC 8058: the address of a mail's {@code List-Unsubscribe} header, which mail clients
 * post {@code List-Unsubscribe=One-Click} to, without cookies or signing in. The token is the proof; whatever the
 * body says, the post stops exactly what the mail was about, and repeating it changes nothing more.
 */
@ApplicationScoped
@Path("unsubscribe")
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    @Inject
    private NoticePreferences preferences;

    public record Unsubscribed(String topic, List<NoticeKind> stopped) {
    }

    @POST
    @Path("{token}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Operation(summary = "Stop one kind of mail, from the mail itself (RFC 8058 one-click)",
            description = "The address comes from a mail's List-Unsubscribe header; the body is "
                    + "List-Unsubscribe=One-Click. No sign-in: the signed token names the account and what stops.")
    @APIResponse(responseCode = "200", description = "Stopped (already, or from now on)")
    @APIResponse(responseCode = "404", description = "Not a link the portal made, or its account is gone")
    public Unsubscribed unsubscribe(@PathParam("token") String token) {
        NoticePreferences.Unsubscription done = preferences.unsubscribe(token);
        return new Unsubscribed(done.topic(), done.kinds());
    }
}
