package org.civitas.contests.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.Role;
import org.civitas.contests.ContestDraft;
import org.civitas.contests.ContestPhoto;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestService;
import org.civitas.contests.ContestSummary;
import org.civitas.contests.ContestUploads;
import org.civitas.contests.Licence;
import org.civitas.contests.PhotoEntry;
import org.civitas.contests.PhotoSubmission;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.platform.rest.MultipartForm;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.PhotoProcessor;
import org.civitas.sharing.ShareCard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.civitas.platform.rest.QueryParams.number;

/**
 * Photo contests for other clients: the contests and their approved photos (votes, averages and prizes once the
 * results are out), a photo's preview card; submitting a photo (multipart), voting, a juror's score; and what the
 * moderators' and officials' pages do. A photo no moderator approved is in no public answer.
 */
@Path("contests")
@Produces(MediaType.APPLICATION_JSON)
public class ContestsResource {

    @Inject
    private ContestReader reader;

    @Inject
    private ContestService contests;

    @Inject
    private ContestUploads uploads;

    @Inject
    private Town town;

    /** A photo as the API shows it; {@code image} and {@code thumbnail} are paths on the portal. */
    public record Photo(long id, long contestId, String contest, String title, String place, String credit,
                        Licence licence, String licenceUrl, int width, int height, Instant approvedAt, Integer votes,
                        Double juryAverage, Integer juryRank, boolean publicPrize, String image, String thumbnail,
                        String path) {
        static Photo of(PhotoEntry e) {
            return new Photo(e.id(), e.contestId(), e.contestTitle(), e.title(), e.place(), e.credit(), e.licence(),
                    e.licence().deed(), e.width(), e.height(), e.approvedAt(), e.votes(), e.juryAverage(),
                    e.juryRank(), e.publicPrize(), "/photos/contests/" + e.id() + ".jpg",
                    "/photos/contests/" + e.id() + "-thumb.jpg", "/contest/photo/" + e.id());
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** An author's own photo, with its state. */
    public record Submitted(long id, String status) {
    }

    public record Reason(String reason) {
    }

    public record Score(Integer score) {
    }

    public record Jury(List<String> emails) {
    }

    @GET
    @Operation(summary = "The photo contests, newest first", description = "Example: /api/contests?page=0&size=20")
    @APIResponse(responseCode = "200", description = "A page of contests, each with its phase today")
    public Page<ContestSummary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int number = number(page, "page", 0, 0, 100_000);
        int pageSize = number(size, "size", 20, 1, 100);
        return new Page<>(reader.contests(number * pageSize, pageSize), number, pageSize, reader.count());
    }

    @GET
    @Path("{id:[0-9]{1,18}}")
    @Operation(summary = "One contest")
    @APIResponse(responseCode = "200", description = "The contest")
    @APIResponse(responseCode = "404", description = "No such contest")
    public ContestSummary one(@PathParam("id") long id) {
        return reader.contest(id).orElseThrow(this::noContest);
    }

    @GET
    @Path("{id:[0-9]{1,18}}/photos")
    @Operation(summary = "A contest's approved photos",
            description = "Newest first while the contest runs; once the results are out, the winners first, with "
                    + "votes, the jury's average and prizes. Example: /api/contests/3/photos?page=0&size=24")
    @APIResponse(responseCode = "200", description = "A page of photos")
    @APIResponse(responseCode = "404", description = "No such contest")
    public Page<Photo> photos(@PathParam("id") long id, @QueryParam("page") String page,
                              @QueryParam("size") String size) {
        ContestSummary contest = one(id);
        int number = number(page, "page", 0, 0, 100_000);
        int pageSize = number(size, "size", ContestReader.PAGE_SIZE, 1, 100);
        return new Page<>(reader.photos(id, number * pageSize, pageSize).stream().map(Photo::of).toList(), number,
                pageSize, contest.photoCount());
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.CITIZEN)
    @Path("{id:[0-9]{1,18}}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Submit a photo to a contest while submissions are open",
            description = "multipart/form-data with the parts photo (JPEG, PNG or WebP, at most 5 MB), title, place "
                    + "(optional), credit, licence (CC_BY, CC_BY_SA, CC_BY_NC, CC0 or TOWN_USE) and consent "
                    + "(true: the people one can recognise agreed). The photo waits for a moderator.")
    @APIResponse(responseCode = "201", description = "Stored, waiting for a moderator")
    @APIResponse(responseCode = "409", description = "Submissions closed, or the account's number of photos reached")
    @APIResponse(responseCode = "422", description = "Invalid fields, or not a photo")
    @APIResponse(responseCode = "429", description = "Too many uploads")
    public Response submit(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        MultipartForm form = MultipartForm.of(parts);
        byte[] photo = form.photo(PhotoProcessor.MAX_BYTES);
        ContestPhoto stored = uploads.submit(id, new PhotoSubmission(form.text("title"), form.text("place"),
                form.text("credit"), Licence.parse(form.text("licence")),
                "true".equalsIgnoreCase(Objects.toString(form.text("consent"), ""))), photo);
        return Response.created(URI.create("/api/contests/photos/" + stored.getId()))
                .entity(new Submitted(stored.getId(), stored.getStatus().name())).build();
    }

    @GET
    @Path("photos/{photo:[0-9]{1,18}}")
    @Operation(summary = "One approved photo")
    @APIResponse(responseCode = "200", description = "The photo")
    @APIResponse(responseCode = "404", description = "No such approved photo")
    public Photo photo(@PathParam("photo") long photo) {
        return reader.photo(photo).map(Photo::of).orElseThrow(this::noPhoto);
    }

    @GET
    @Path("photos/{photo:[0-9]{1,18}}/card.png")
    @Produces("image/png")
    @Operation(summary = "An approved photo's preview card",
            description = "1200 × 630 for link previews; ?shape=portrait gives 1000 × 1500, the tall pin Pinterest prefers")
    @APIResponse(responseCode = "200", description = "The PNG")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such approved photo")
    public Response card(@PathParam("photo") long photo, @QueryParam("shape") String shape,
                         @Context Request conditions) {
        PhotoEntry e = reader.photo(photo).orElseThrow(this::noPhoto);
        ShareCard.Shape chosen = "portrait".equalsIgnoreCase(shape) ? ShareCard.Shape.PORTRAIT
                : ShareCard.Shape.LANDSCAPE;
        EntityTag tag = new EntityTag("contest-card-" + photo + "-" + chosen.name().charAt(0) + "-"
                + Objects.hash(e.title(), e.credit(), e.contestTitle(), e.juryRank(), e.publicPrize()));
        Locale fr = Locale.FRENCH;
        String details = Texts.get(fr, "contest.cardCredit", e.credit()) + "  ·  " + e.contestTitle();
        return Conditional.answer(conditions, tag, CacheControl.valueOf("public, max-age=300"),
                () -> Response.ok(ShareCard.photoPng(new ShareCard.Content(town.getName(), e.title(), details, ""),
                        reader.image(photo, false, null, false).map(ContestReader.Image::bytes).orElse(null), chosen))).build();
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.CITIZEN)
    @Path("photos/{photo:[0-9]{1,18}}/vote")
    @Operation(summary = "Vote for an approved photo during the public vote")
    @APIResponse(responseCode = "204", description = "Counted")
    @APIResponse(responseCode = "404", description = "No such approved photo")
    @APIResponse(responseCode = "409", description = "Not voting now, one's own photo, already voted, or no vote left")
    public Response vote(@PathParam("photo") long photo) {
        contests.vote(photo);
        return Response.noContent().build();
    }

    @DELETE
    @SignedIn
    @RolesAllowed(Role.Names.CITIZEN)
    @Path("photos/{photo:[0-9]{1,18}}/vote")
    @Operation(summary = "Withdraw one's vote for a photo during the public vote")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Not voting now, or no vote to withdraw")
    public Response withdraw(@PathParam("photo") long photo) {
        contests.withdraw(photo);
        return Response.noContent().build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.CITIZEN)
    @Path("photos/{photo:[0-9]{1,18}}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A juror's score of an approved photo, 0 to 10 (juror)",
            description = "Example body: {\"score\":8}; a new score replaces the juror's previous one")
    @APIResponse(responseCode = "204", description = "Scored")
    @APIResponse(responseCode = "403", description = "Not on this contest's jury")
    @APIResponse(responseCode = "409", description = "Not the jury's time, or one's own photo")
    @APIResponse(responseCode = "422", description = "Not a score from 0 to 10")
    public Response score(@PathParam("photo") long photo, @NotNull Score score) {
        if (score.score() == null) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "score", "contest.scoreRange");
        }
        contests.score(photo, score.score());
        return Response.noContent().build();
    }

    @GET
    @SignedIn
    @RolesAllowed(Role.Names.MODERATOR)
    @Path("photos/pending")
    @Operation(summary = "Photos waiting for a moderator, oldest first (moderator)")
    @APIResponse(responseCode = "200", description = "The photos, with their state")
    public List<PhotoEntry> pending() {
        return reader.pending(0, 100);
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.MODERATOR)
    @Path("photos/{photo:[0-9]{1,18}}/approve")
    @Operation(summary = "Approve a photo: it becomes public (moderator)")
    @APIResponse(responseCode = "204", description = "Approved")
    @APIResponse(responseCode = "404", description = "No such photo")
    public Response approve(@PathParam("photo") long photo) {
        contests.approve(photo);
        return Response.noContent().build();
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.MODERATOR)
    @Path("photos/{photo:[0-9]{1,18}}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a photo, or take an approved one down (moderator)",
            description = "Example body: {\"reason\":\"Visages reconnaissables sans accord\"}; its author reads it")
    @APIResponse(responseCode = "204", description = "Rejected")
    @APIResponse(responseCode = "422", description = "No reason")
    public Response reject(@PathParam("photo") long photo, @NotNull @Valid Reason reason) {
        contests.reject(photo, reason.reason());
        return Response.noContent().build();
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a contest (official)",
            description = "Example body: {\"title\":\"La ville au fil des saisons\",\"theme\":\"...\",\"rules\":\"...\","
                    + "\"submissionsOn\":\"2027-03-01\",\"votingOn\":\"2027-04-01\",\"juryOn\":\"2027-04-15\","
                    + "\"photosPerAccount\":3,\"votesPerAccount\":5,\"prizes\":3}")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "422", description = "Invalid fields, or dates out of order")
    public Response open(@NotNull ContestDraft draft) {
        long id = contests.open(draft).getId();
        return Response.created(URI.create("/api/contests/" + id)).entity(one(id)).build();
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a contest until its results are out (official)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "409", description = "Results already published")
    @APIResponse(responseCode = "422", description = "Invalid fields")
    public ContestSummary change(@PathParam("id") long id, @NotNull ContestDraft draft) {
        contests.change(id, draft);
        return one(id);
    }

    @PUT
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}/jury")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name the jury by their accounts' e-mail addresses (official)",
            description = "Example body: {\"emails\":[\"claire@example.org\"]}; replaces the jury")
    @APIResponse(responseCode = "200", description = "The contest")
    @APIResponse(responseCode = "422", description = "An address with no account")
    public ContestSummary jury(@PathParam("id") long id, @NotNull Jury jury) {
        contests.jury(id, jury.emails() == null ? List.of() : jury.emails());
        return one(id);
    }

    @POST
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Path("{id:[0-9]{1,18}}/results")
    @Operation(summary = "Publish the results once the jury's time has come (official)")
    @APIResponse(responseCode = "200", description = "The contest, with its results out")
    @APIResponse(responseCode = "409", description = "Too early, or already published")
    public ContestSummary results(@PathParam("id") long id) {
        contests.publishResults(id);
        return one(id);
    }

    private BusinessException noContest() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "contest.notFound");
    }

    private BusinessException noPhoto() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "contest.photoNotFound");
    }
}
