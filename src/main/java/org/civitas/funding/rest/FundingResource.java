package org.civitas.funding.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civitas.accounts.Role;
import org.civitas.funding.CampaignDraft;
import org.civitas.funding.CampaignSummary;
import org.civitas.funding.FundingReader;
import org.civitas.funding.FundingService;
import org.civitas.funding.FundingTimers;
import org.civitas.funding.Pledge;
import org.civitas.funding.PledgeState;
import org.civitas.funding.Pledging;
import org.civitas.funding.TargetKind;
import org.civitas.platform.BusinessException;
import org.civitas.platform.rest.QueryParams;
import org.civitas.platform.rest.SignedIn;
import org.civitas.platform.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Citizen funding: the campaigns (public), opening one and posting news (officials), pledging (residents: the answer
 * gives the provider's page to send the backer to), a pledge's state (its backer), offering goods or time, the
 * providers' signed notifications, and reconciling now (administrators).
 */
@Path("funding")
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {

    @Inject
    private FundingReader reader;

    @Inject
    private FundingService service;

    @Inject
    private Pledging pledging;

    @Inject
    private FundingTimers timers;

    @Inject
    private PublicAddress address;

    @Context
    private HttpServletRequest request;

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record RewardView(long id, String title, String description, long minCents, Integer quantity, int taken) {
    }

    public record NeedView(long id, String kind, String title, int needed, LocalDate neededOn, int offered) {
    }

    public record UpdateView(String body, Instant at) {
    }

    public record CampaignView(CampaignSummary campaign, String purpose, List<RewardView> rewards,
                               List<NeedView> needs, List<UpdateView> updates, List<FundingReader.NamedBacker> backers,
                               Long finalCents, Integer finalBackers) {
    }

    public record OpenCampaign(@NotNull TargetKind targetKind, long targetId, @NotNull @Valid CampaignDraft campaign) {
    }

    public record PledgeRequest(@Min(100) @Max(10_000_000_000L) long amountCents, Long rewardId, boolean anonymous) {
    }

    public record Started(String key, String redirectUrl) {
    }

    public record PledgeView(String key, long campaignId, long amountCents, PledgeState state, Long receiptNumber,
                             Integer receiptYear) {
    }

    public record VisitorRequest(@Min(100) @Max(10_000_000_000L) long amountCents, Long rewardId, boolean anonymous,
                                 String name, String email, String locale) {
    }

    public record VisitorConfirmation(String token) {
    }

    public record OfferRequest(@Min(1) @Max(1000) int quantity, String note, boolean anonymous) {
    }

    public record UpdateRequest(@NotNull String body) {
    }

    @GET
    @Path("campaigns")
    @PermitAll
    @Operation(summary = "The funding campaigns, newest first", description = "Example: /api/funding/campaigns?page=0&size=12")
    @APIResponse(responseCode = "200", description = "A page of campaigns with their goals and totals (cents)")
    public Page<CampaignSummary> campaigns(@QueryParam("page") String page, @QueryParam("size") String size) {
        int number = QueryParams.number(page, "page", 0, 0, 100_000);
        int pageSize = QueryParams.number(size, "size", FundingReader.PAGE_SIZE, 1, 100);
        return new Page<>(reader.campaigns(number * pageSize, pageSize), number, pageSize, reader.count());
    }

    @GET
    @Path("campaigns/{id:[0-9]{1,18}}")
    @PermitAll
    @Operation(summary = "One campaign: rewards, needs, news and the backers who let their names show")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "404", description = "No such campaign")
    public CampaignView campaign(@PathParam("id") long id) {
        FundingReader.CampaignPage page = reader.page(id).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.NOT_FOUND, "funding.notFound"));
        return new CampaignView(page.campaign(), page.purpose(),
                page.rewards().stream().map(r -> new RewardView(r.getId(), r.getTitle(), r.getDescription(),
                        r.getMinCents(), r.getQuantity(), r.getTaken())).toList(),
                page.needs().stream().map(n -> new NeedView(n.getId(), n.getKind().name(), n.getTitle(), n.getNeeded(),
                        n.getNeededOn(), n.getOffered())).toList(),
                page.updates().stream().map(u -> new UpdateView(u.getBody(), u.getCreatedAt())).toList(),
                page.backers(), page.finalCents(), page.finalBackers());
    }

    @POST
    @Path("campaigns")
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a campaign on an accepted proposal or a budget project (official)",
            description = "Example body: {\"targetKind\":\"PROPOSAL\",\"targetId\":12,\"campaign\":{\"kind\":\"DONATION\","
                    + "\"title\":\"Des arbres pour la cour\",\"purpose\":\"...\",\"goalCents\":500000,"
                    + "\"closesOn\":\"2027-03-31\",\"mode\":\"ALL_OR_NOTHING\",\"rewards\":[{\"title\":\"Une plaque\","
                    + "\"minCents\":5000,\"quantity\":30}],\"needs\":[{\"kind\":\"TIME\",\"title\":\"Planter\","
                    + "\"needed\":12,\"neededOn\":\"2027-04-10\"}]}}")
    @APIResponse(responseCode = "201", description = "Opened")
    @APIResponse(responseCode = "422", description = "Invalid fields, a target that cannot be funded, a closing day out of range")
    public Response open(@NotNull @Valid OpenCampaign body) {
        long id = service.open(body.targetKind(), body.targetId(), body.campaign()).getId();
        return Response.created(URI.create("/api/funding/campaigns/" + id)).entity(campaign(id)).build();
    }

    @POST
    @Path("campaigns/{id:[0-9]{1,18}}/updates")
    @SignedIn
    @RolesAllowed(Role.Names.OFFICIAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post news on a campaign's page (official)")
    @APIResponse(responseCode = "201", description = "Posted")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "422", description = "Empty or too long")
    public Response post(@PathParam("id") long id, @NotNull UpdateRequest body) {
        service.post(id, body.body());
        return Response.status(201).entity(campaign(id)).build();
    }

    @POST
    @Path("campaigns/{id:[0-9]{1,18}}/pledges")
    @SignedIn
    @RolesAllowed(Role.Names.CITIZEN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pledge to a campaign (resident): the answer gives the payment page to send the backer to",
            description = "Example body: {\"amountCents\":2500,\"rewardId\":3,\"anonymous\":false}. Nothing is taken "
                    + "before the backer pays on the provider's page; all-or-nothing campaigns only authorise")
    @APIResponse(responseCode = "201", description = "The pledge's key and the payment page")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Closed, not collected here, or the reward is gone")
    @APIResponse(responseCode = "422", description = "An amount below the reward's, or out of range")
    @APIResponse(responseCode = "429", description = "Too many pledges this hour")
    @APIResponse(responseCode = "503", description = "No payment service, or it is down (nothing was taken)")
    public Response pledge(@PathParam("id") long id, @NotNull @Valid PledgeRequest body) {
        Pledging.Started started = pledging.pledge(id, body.amountCents(), body.rewardId(), body.anonymous(),
                address.base(request));
        return Response.status(201).entity(new Started(started.key(), started.redirectUrl())).build();
    }

    @POST
    @Path("campaigns/{id:[0-9]{1,18}}/visitor-pledges")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to pledge as a visitor, with one's e-mail address: a link to confirm is mailed to it",
            description = "Example body: {\"amountCents\":2500,\"name\":\"Ana\",\"email\":\"ana@example.org\","
                    + "\"anonymous\":false,\"locale\":\"fr\"}. Nothing is reserved before the link is confirmed "
                    + "(within 24 hours); 5 an hour from one network address, 3 a day for one address")
    @APIResponse(responseCode = "202", description = "The link is mailed")
    @APIResponse(responseCode = "404", description = "No such campaign")
    @APIResponse(responseCode = "409", description = "Closed, not collected here, or the reward is gone")
    @APIResponse(responseCode = "422", description = "No name, a wrong address, or an amount out of range")
    @APIResponse(responseCode = "429", description = "Too many asked from here or for this address")
    @APIResponse(responseCode = "503", description = "No payment service, or the portal sends no mail")
    public Response askAsVisitor(@PathParam("id") long id, @NotNull @Valid VisitorRequest body) {
        pledging.askAsVisitor(id, body.amountCents(), body.rewardId(), body.anonymous(), body.name(), body.email(),
                Locale.forLanguageTag(body.locale() == null ? "fr" : body.locale()), request.getRemoteAddr());
        return Response.status(202).build();
    }

    @POST
    @Path("visitor-pledges/confirm")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a visitor's pledge with the token of the mailed link: the answer gives the payment page",
            description = "Example body: {\"token\":\"...\"}. The pledge is made for the account of the address "
                    + "(opened without a password if there is none); the link works once")
    @APIResponse(responseCode = "201", description = "The pledge's key and the payment page")
    @APIResponse(responseCode = "404", description = "An unknown, used or expired link")
    @APIResponse(responseCode = "409", description = "Closed meanwhile, or the reward is gone (the link works again)")
    @APIResponse(responseCode = "503", description = "The payment service is down: nothing was taken (the link works again)")
    public Response confirmAsVisitor(@NotNull VisitorConfirmation body) {
        Pledging.Started started = pledging.confirmAsVisitor(body.token(), address.base(request));
        return Response.status(201).entity(new Started(started.key(), started.redirectUrl())).build();
    }

    @GET
    @Path("pledges/{key:[A-Za-z0-9_-]{10,40}}")
    @SignedIn
    @RolesAllowed(Role.Names.CITIZEN)
    @Operation(summary = "One's own pledge, as the payment service sees it now (its backer)")
    @APIResponse(responseCode = "200", description = "The pledge")
    @APIResponse(responseCode = "404", description = "No such pledge of the caller's")
    public PledgeView pledge(@PathParam("key") String key) {
        Pledge p = pledging.returned(key).orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND,
                "funding.pledgeNotFound"));
        return new PledgeView(p.getPublicKey(), p.getCampaignId(), p.getAmountCents(), p.getState(),
                p.getReceiptNumber(), p.getReceiptYear());
    }

    @POST
    @Path("needs/{id:[0-9]{1,18}}/offers")
    @SignedIn
    @RolesAllowed(Role.Names.CITIZEN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer goods or time for a campaign's need (resident)",
            description = "Example body: {\"quantity\":2,\"note\":\"Avec ma fille\",\"anonymous\":false}")
    @APIResponse(responseCode = "201", description = "Offered")
    @APIResponse(responseCode = "404", description = "No such need")
    @APIResponse(responseCode = "409", description = "Closed, already offered, or more than is still needed")
    public Response offer(@PathParam("id") long id, @NotNull @Valid OfferRequest body) {
        service.offer(id, body.quantity(), body.note(), body.anonymous());
        return Response.status(201).build();
    }

    @POST
    @Path("notifications/{provider:[a-z0-9-]{1,40}}")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A payment service's signed notification (server to server)",
            description = "Applied once whatever the repeats and their order; an unsigned or badly signed one is refused")
    @APIResponse(responseCode = "204", description = "Received")
    @APIResponse(responseCode = "401", description = "The signature does not hold")
    @APIResponse(responseCode = "404", description = "No such payment service")
    public Response notification(@PathParam("provider") String provider, String body, @Context HttpHeaders headers) {
        return Response.status(switch (pledging.notified(provider, body, headers::getHeaderString)) {
            case APPLIED -> 204;
            case UNKNOWN_PROVIDER -> 404;
            case BAD_SIGNATURE -> 401;
        }).build();
    }

    @POST
    @Path("reconcile")
    @SignedIn
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Reconcile with the payment service and close the campaigns that are over, now (administrator)")
    @APIResponse(responseCode = "200", description = "What the run did")
    public FundingTimers.Run reconcile() {
        return timers.runNow();
    }
}
