package org.civitas.watch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.Role;
import org.civitas.platform.BusinessException;
import org.civitas.platform.rest.QueryParams;
import org.civitas.platform.rest.SignedIn;
import org.civitas.proposals.ProposalDraft;
import org.civitas.watch.TriageState;
import org.civitas.watch.WatchFilter;
import org.civitas.watch.WatchItem;
import org.civitas.watch.WatchKind;
import org.civitas.watch.WatchPoller;
import org.civitas.watch.WatchService;
import org.civitas.watch.WatchSource;
import org.civitas.watch.WatchSourceDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The watch for the communication team's tools: the sources (administrators set them and poll one at once) and the
 * inbox (officials triage, assign, and turn an item into a proposal), as on the pages. Nothing here is public.
 */
@Path("watch")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
@RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
public class WatchResource {

    @Inject
    private WatchService service;

    @Inject
    private WatchPoller poller;

    /** A source as the API shows it: never its token (only whether it has one). */
    public record Source(long id, WatchKind kind, String label, String baseUrl, String query, String keywords,
                         int intervalMinutes, boolean tokenSet, boolean active, Instant polledAt, Instant nextPollAt,
                         int failures, String lastError, int lastFound) {
        static Source of(WatchSource s) {
            return new Source(s.getId(), s.getKind(), s.getLabel(), s.getBaseUrl(), s.getQuery(), s.getKeywords(),
                    s.getIntervalMinutes(), s.isTokenSet(), s.isActive(), s.getPolledAt(), s.getNextPollAt(),
                    s.getFailures(), s.getLastError(), s.getLastFound());
        }
    }

    public record Item(long id, long sourceId, String url, String author, String authorUrl, String title, String body,
                       Instant publishedAt, Instant foundAt, TriageState state, Long assigneeId, Long proposalId) {
        static Item of(WatchItem i) {
            return new Item(i.getId(), i.getSourceId(), i.getUrl(), i.getAuthor(), i.getAuthorUrl(), i.getTitle(),
                    i.getBody(), i.getPublishedAt(), i.getFoundAt(), i.getState(), i.getAssigneeId(),
                    i.getProposalId());
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record Polled(int kept, String error) {
    }

    public record Removed(int items) {
    }

    public record State(TriageState state) {
    }

    public record Assignee(Long accountId) {
    }

    public record Proposal(long proposalId) {
    }

    @GET
    @Path("sources")
    @Operation(summary = "The watch's sources, without their tokens (officials and administrators)")
    @APIResponse(responseCode = "200", description = "The sources, by name, with how their polls go")
    public List<Source> sources() {
        return service.sources().stream().map(Source::of).toList();
    }

    @POST
    @Path("sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Add a source (administrator)",
            description = "Example body: {\"kind\":\"MASTODON_TAG\",\"label\":\"#VieuxBourg\","
                    + "\"baseUrl\":\"https://mastodon.social\",\"query\":\"VieuxBourg\",\"intervalMinutes\":15,"
                    + "\"active\":true}. Kinds: MASTODON_TAG, MASTODON_SEARCH (needs a token), BLUESKY_SEARCH, FEED "
                    + "(baseUrl is the feed's address; keywords narrow it). A token is sealed at once and never returned")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "422", description = "Invalid fields, or no query where one is needed")
    @APIResponse(responseCode = "503", description = "A token was given but the server has no key to seal it")
    public Response add(@NotNull WatchSourceDraft draft) {
        WatchSource saved = service.saveSource(null, draft);
        return Response.created(URI.create("/api/watch/sources/" + saved.getId())).entity(Source.of(saved)).build();
    }

    @PUT
    @Path("sources/{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Change a source (administrator); a blank or absent token keeps the one sealed")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "422", description = "Invalid fields, or another kind")
    public Source change(@PathParam("id") long id, @NotNull WatchSourceDraft draft) {
        return Source.of(service.saveSource(id, draft));
    }

    @DELETE
    @Path("sources/{id:[0-9]{1,18}}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Remove a source and the items it brought (administrator)")
    @APIResponse(responseCode = "200", description = "Removed, with how many items went")
    @APIResponse(responseCode = "404", description = "No such source")
    public Removed remove(@PathParam("id") long id) {
        return new Removed(service.removeSource(id));
    }

    @POST
    @Path("sources/{id:[0-9]{1,18}}/poll")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Poll a source now, even a paused one (administrator)",
            description = "Answers how many new items were kept, or why the poll failed (the source then waits longer)")
    @APIResponse(responseCode = "200", description = "Polled")
    @APIResponse(responseCode = "404", description = "No such source")
    @APIResponse(responseCode = "409", description = "A poll of that source is under way")
    public Polled poll(@PathParam("id") long id) {
        WatchPoller.Outcome outcome = poller.pollNow(id);
        return new Polled(outcome.kept(), outcome.error());
    }

    @GET
    @Path("items")
    @Operation(summary = "The inbox, newest first (officials and administrators)",
            description = "state: open (new and seen, the default), all, new, seen, answered, proposal, ignored; "
                    + "source: a source's id; assigned: anyone, mine, none. Example: /api/watch/items?state=new&page=0&size=25")
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "400", description = "A parameter that does not parse")
    public Page<Item> items(@QueryParam("state") String state, @QueryParam("source") String source,
                            @QueryParam("assigned") String assigned, @QueryParam("page") String page,
                            @QueryParam("size") String size) {
        String s = QueryParams.blankToNull(state);
        if (s != null && !s.equalsIgnoreCase(WatchFilter.OPEN) && !s.equalsIgnoreCase(WatchFilter.ALL)) {
            QueryParams.parse(TriageState.class, s, "state");
        }
        QueryParams.parse(WatchFilter.Assigned.class, assigned, "assigned");
        Long sourceId = QueryParams.id(source, "source");
        WatchFilter filter = WatchFilter.of(s == null ? null : s.toLowerCase(Locale.ROOT),
                sourceId == null ? null : sourceId.toString(), assigned);
        int number = QueryParams.number(page, "page", 0, 0, 100_000);
        int pageSize = QueryParams.number(size, "size", 25, 1, 100);
        return new Page<>(service.items(filter, number * pageSize, pageSize).stream().map(Item::of).toList(), number,
                pageSize, service.count(filter));
    }

    @GET
    @Path("items/{id:[0-9]{1,18}}")
    @Operation(summary = "One item of the inbox")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", description = "No such item")
    public Item item(@PathParam("id") long id) {
        return Item.of(service.item(id));
    }

    @PUT
    @Path("items/{id:[0-9]{1,18}}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OFFICIAL)
    @Operation(summary = "Triage an item (official)", description = "Example body: {\"state\":\"ANSWERED\"}; "
            + "NEW, SEEN, ANSWERED or IGNORED (PROPOSAL comes with the proposal)")
    @APIResponse(responseCode = "200", description = "Triaged")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "The item became a proposal")
    @APIResponse(responseCode = "422", description = "No state, or PROPOSAL")
    public Item triage(@PathParam("id") long id, @NotNull State state) {
        if (state.state() == null) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "state", "watch.stateNotSettable");
        }
        return Item.of(service.triage(id, state.state()));
    }

    @PUT
    @Path("items/{id:[0-9]{1,18}}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OFFICIAL)
    @Operation(summary = "Give an item to an official, or to nobody (official)",
            description = "Example body: {\"accountId\":12}; {} gives it to nobody")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "422", description = "Not an official's account")
    public Item assign(@PathParam("id") long id, @NotNull Assignee assignee) {
        return Item.of(service.assign(id, assignee.accountId()));
    }

    @POST
    @Path("items/{id:[0-9]{1,18}}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.OFFICIAL)
    @Operation(summary = "Turn an item into a draft proposal of the caller's (official)",
            description = "Body: a proposal draft (title, summary, body, themeCode, districtCode); the body ends with "
                    + "the link to the source. An item becomes a proposal once")
    @APIResponse(responseCode = "201", description = "The draft proposal's id")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "The item is already a proposal")
    @APIResponse(responseCode = "422", description = "Invalid proposal fields")
    @APIResponse(responseCode = "429", description = "The day's proposals are spent")
    public Response propose(@PathParam("id") long id, @NotNull ProposalDraft draft) {
        long proposal = service.turnIntoProposal(id, draft);
        return Response.created(URI.create("/api/proposals/" + proposal)).entity(new Proposal(proposal)).build();
    }
}
