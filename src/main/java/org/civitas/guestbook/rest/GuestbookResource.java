package org.civitas.guestbook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.Role;
import org.civitas.guestbook.GuestbookEntry;
import org.civitas.guestbook.GuestbookReader;
import org.civitas.guestbook.GuestbookService;
import org.civitas.guestbook.GuestbookText;
import org.civitas.guestbook.Relation;
import org.civitas.guestbook.Visitor;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.platform.rest.SignedIn;
import org.civitas.sharing.ShareCard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.civitas.platform.rest.QueryParams.number;

/**
 * The guest book for other clients: the published messages (newest first, paged) and one of them; signing it (a
 * signed-in member, or a visitor with a name and an address to confirm from); and for moderators and officials what
 * their pages do. An unconfirmed, waiting or rejected message is never in a public answer.
 */
@Path("guestbook")
@Produces(MediaType.APPLICATION_JSON)
public class GuestbookResource {

    @Inject
    private GuestbookReader reader;

    @Inject
    private GuestbookService guestbook;

    @Context
    private HttpServletRequest request;

    @Inject
    private Town town;

    /** A message as the API shows it. */
    public record Entry(long id, String author, boolean member, Relation relation, String place, String body,
                        Instant publishedAt, String reply, Instant repliedAt, String path) {
        static Entry of(GuestbookEntry e) {
            return new Entry(e.id(), e.authorName(), e.member(), e.relation(), e.place(), e.body(), e.publishedAt(),
                    e.reply(), e.repliedAt(), "/guestbook/message.xhtml?id=" + e.id());
        }
    }

    public record Page(List<Entry> items, int page, int size, long total) {
    }

    /** What one signs; a visitor adds {@code name} and {@code email}. */
    public record Signature(Relation relation, String place, String body, String name, String email) {
    }

    public record Reason(String reason) {
    }

    public record Reply(String text) {
    }

    @GET
    @Operation(summary = "The guest book's published messages, newest first", description = "Example: /api/guestbook?page=0&size=20")
    @APIResponse(responseCode = "200", description = "A page of messages")
    public Page wall(@QueryParam("page") String page, @QueryParam("size") String size) {
        int number = number(page, "page", 0, 0, 100_000);
        int pageSize = number(size, "size", GuestbookReader.PAGE_SIZE, 1, 100);
        return new Page(reader.wall(number * pageSize, pageSize).stream().map(Entry::of).toList(), number, pageSize,
                reader.count());
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @Operation(summary = "One published message")
    @APIResponse(responseCode = "200", description = "The message")
    @APIResponse(responseCode = "404", description = "No such published message")
    public Entry one(@PathParam("id") long id) {
        return reader.published(id).map(Entry::of)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "guestbook.notFound"));
    }

    @GET
    @Path("{id:[0-9]{1,18}}/card.png")
    @Produces("image/png")
    @Operation(summary = "A published message's preview card (1200 × 630 PNG), for link previews")
    @APIResponse(responseCode = "200", description = "The PNG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such published message")
    public Response card(@PathParam("id") long id, @Context Request conditions) {
        GuestbookEntry e = reader.published(id)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "guestbook.notFound"));
        Locale fr = Locale.FRENCH;
        String excerpt = e.body().length() > 160 ? e.body().substring(0, 159).strip() + "…" : e.body();
        String who = Texts.get(fr, e.relation().messageKey())
                + (e.place() == null ? "" : "  ·  " + e.place());
        EntityTag tag = new EntityTag("guestbook-card-" + id + "-"
                + Objects.hash(e.authorName(), e.publishedAt(), e.repliedAt()));
        return Conditional.answer(conditions, tag, CacheControl.valueOf("public, max-age=300"),
                () -> Response.ok(ShareCard.png(new ShareCard.Content(town.getName(), excerpt,
                        Texts.get(fr, "guestbook.cardDetails", e.authorName()) + "  ·  " + who,
                        e.reply() == null ? "" : Texts.get(fr, "guestbook.townReply", town.getName()))))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the guest book",
            description = "Signed in: {\"relation\":\"RESIDENT\",\"place\":\"Battant\",\"body\":\"...\"}, which waits for a "
                    + "moderator (201). Without an account, add \"name\" and \"email\": a link to confirm is mailed there "
                    + "(202), then the message waits for a moderator.")
    @APIResponse(responseCode = "201", description = "Written, waiting for a moderator")
    @APIResponse(responseCode = "202", description = "Written, waiting for its author to confirm from their mailbox")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    @APIResponse(responseCode = "429", description = "Too many messages")
    public Response sign(@NotNull Signature signature, @Context HttpHeaders headers) {
        // The caller's first language, as problem details choose theirs (French unless it is English)
        List<Locale> accepted = headers.getAcceptableLanguages();
        Locale locale = Texts.supported(accepted.isEmpty() ? null : accepted.get(0));
        GuestbookText text = new GuestbookText(signature.relation(), signature.place(), signature.body());
        if (request.getUserPrincipal() != null) {
            guestbook.sign(text, locale);
            return Response.status(201).entity(new Status("PENDING")).build();
        }
        guestbook.signAsVisitor(new Visitor(signature.name(), signature.email()), text, locale, request.getRemoteAddr());
        return Response.status(202).entity(new Status("UNCONFIRMED")).build();
    }

    public record Status(String status) {
    }

    @POST
    @Path("confirm/{token}")
    @Operation(summary = "Confirm a visitor's message with the token of the mailed link")
    @APIResponse(responseCode = "204", description = "Confirmed: it waits for a moderator")
    @APIResponse(responseCode = "404", description = "Unknown, used or expired")
    public Response confirm(@PathParam("token") String token) {
        guestbook.confirm(token);
        return Response.noContent().build();
    }

    @GET
    @Path("pending")
    @SignedIn
    @RolesAllowed(Role.Names.MODERATOR)
    @Operation(summary = "Messages waiting for a moderator, oldest first (moderator)")
    @APIResponse(responseCode = "200", description = "The messages")
    public List<GuestbookEntry> pending() {
        return reader.pending(0, 100);
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.MODERATOR)
    @Path("{id:[0-9]{1,18}}/publish")
    @Operation(summary = "Publish a message (moderator)")
    @APIResponse(responseCode = "204", description = "Published")
    @APIResponse(responseCode = "404", description = "No such message")
    @APIResponse(responseCode = "409", description = "Not confirmed by its author yet")
    public Response publish(@PathParam("id") long id) {
        guestbook.publish(id);
        return Response.noContent().build();
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.MODERATOR)
    @Path("{id:[0-9]{1,18}}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a message, or take a published one off the wall (moderator)",
            description = "Example body: {\"reason\":\"Publicité\"}")
    @APIResponse(responseCode = "204", description = "Rejected")
    @APIResponse(responseCode = "422", description = "No reason")
    public Response reject(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        guestbook.reject(id, reason.reason());
        return Response.noContent().build();
    }

    @PUT
    @SignedIn
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    @Path("{id:[0-9]{1,18}}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The town's answer to a published message (official)",
            description = "Example body: {\"text\":\"Merci, revenez nous voir !\"}; a new answer replaces the previous one")
    @APIResponse(responseCode = "200", description = "The message with its answer")
    @APIResponse(responseCode = "409", description = "Not published")
    public Entry reply(@PathParam("id") long id, @NotNull @Valid Reply reply) {
        guestbook.reply(id, reply.text());
        return one(id);
    }
}
