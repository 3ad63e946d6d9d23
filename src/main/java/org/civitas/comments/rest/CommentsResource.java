package org.civitas.comments.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.comments.Comment;
import org.civitas.comments.CommentNode;
import org.civitas.comments.CommentService;
import org.civitas.comments.CommentText;
import org.civitas.platform.Numbers;
import org.civitas.platform.Paragraphs;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** A proposal's comment threads: reading them, and posting a comment or a reply. */
@ApplicationScoped
@Path("proposals/{id:[0-9]{1,18}}/comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    /**
     * A comment as JSON: the text is plain text again (paragraphs separated by a blank line), null once deleted, and
     * once hidden by reports (except for its author and moderators).
     */
    public record CommentJson(long id, Long parentId, int depth, String author, boolean official, String text,
                              boolean deleted, boolean hidden, boolean edited, Instant createdAt) {

        static CommentJson of(CommentNode n) {
            String text = n.deleted() || n.paragraphs().isEmpty() ? null : n.paragraphs().stream()
                    .map(p -> p.stream().map(Paragraphs.Piece::text).collect(Collectors.joining()))
                    .collect(Collectors.joining("\n\n"));
            return new CommentJson(n.id(), n.parentId(), n.depth(), n.authorName(), n.official(), text, n.deleted(),
                    n.hidden(), n.edited(), n.createdAt());
        }

        /** The caller's own comment, just written or corrected (the author's name is theirs: left out). */
        static CommentJson ofOwn(Comment c) {
            return new CommentJson(c.getId(), c.getParentId(), c.getDepth(), null, false, c.getBody(), false,
                    c.isHidden(), c.getEditedAt() != null, c.getCreatedAt());
        }
    }

    /** A page of threads. */
    public record ThreadPage(List<CommentJson> items, int page, int size, long threads) {
    }

    /** The body of a new comment; {@code parentId} for a reply. */
    public record NewComment(@NotNull @Valid CommentText text, Long parentId) {
    }

    @Inject
    private CommentService comments;


    @GET
    @Operation(summary = "A page of a proposal's comment threads", description = "order=NEWEST (default) or OLDEST; 20 threads a page")
    @APIResponse(responseCode = "200", description = "Threads, each top-level comment followed by its replies")
    @APIResponse(responseCode = "404", description = "No such public proposal")
    public ThreadPage thread(@PathParam("id") long id, @QueryParam("order") String order, @QueryParam("page") String page) {
        CommentService.Order o = "OLDEST".equalsIgnoreCase(order) ? CommentService.Order.OLDEST : CommentService.Order.NEWEST;
        int p = (int) Math.max(0, Math.min(Numbers.parse(page).orElse(0), 100_000));
        int size = 20;
        return new ThreadPage(comments.thread(id, o, p * size, size).stream().map(CommentJson::of).toList(), p, size,
                comments.countThreads(id));
    }

    @POST
    @SignedIn
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a proposal, or reply", description = "Example body: {\"text\":{\"body\":\"Bonne idée !\"},\"parentId\":null}")
    @APIResponse(responseCode = "201", description = "Posted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Empty, too long, or a reply too deep")
    @APIResponse(responseCode = "429", description = "Too many comments in ten minutes")
    public Response post(@PathParam("id") long id, @NotNull @Valid NewComment comment) {
        Comment posted = comments.post(id, comment.parentId(), comment.text());
        return Response.status(201).entity(CommentJson.ofOwn(posted)).build();
    }

}
