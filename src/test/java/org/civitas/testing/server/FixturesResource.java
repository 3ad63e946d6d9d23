package org.civitas.testing.server;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civitas.accounts.AccountFixtures;
import org.civitas.accounts.Role;
import org.civitas.budgets.BudgetCount;
import org.civitas.funding.FundingFixtures;
import org.civitas.watch.WatchStore;
import org.civitas.demo.DemoFixtures;
import org.civitas.opendata.OpenDataFixtures;
import org.civitas.platform.PlatformFixtures;
import org.civitas.platform.mail.MailFixtures;
import org.civitas.proposals.ProposalFixtures;
import org.civitas.publishing.PublicationFixtures;
import org.civitas.testing.TestAccounts;
import org.civitas.votes.VoteFixtures;
import org.eclipse.microprofile.openapi.annotations.Operation;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Test-only HTTP access to fixtures: many accounts fast, and what no service allows (a corrupted tally, votes on past
 * days), so that client tests can prove the checks catch it. Only in the WAR the integration tests run (pom.xml,
 * execution it-war), never in the portal's; hidden from the OpenAPI document.
 */
@Path("test-fixtures")
@Produces(MediaType.APPLICATION_JSON)
public class FixturesResource {

    @Inject
    private AccountFixtures accounts;

    @Inject
    private ProposalFixtures proposals;

    @Inject
    private PublicationFixtures publications;

    @Inject
    private VoteFixtures votes;

    @Inject
    private DemoFixtures demo;

    @Inject
    private PlatformFixtures platform;

    @Inject
    private OpenDataFixtures openData;

    @Inject
    private MailFixtures mail;

    @Inject
    private BudgetCount budgetCount;

    @Inject
    private FundingFixtures funding;

    @Inject
    private WatchStore watch;

    @PersistenceContext
    private EntityManager em;

    /** One map tile for every address: the tests' maps need no tile server (server.env points the maps here). */
    private static final byte[] TILE = tile();

    private static byte[] tile() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xEE, 0xF0, 0xE8));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xD0, 0xD4, 0xC8));
        g.drawRect(0, 0, 255, 255);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    @GET
    @Operation(hidden = true)
    @Path("tiles/{z: [0-9]+}/{x: [0-9]+}/{y: [0-9]+}.png")
    @Produces("image/png")
    public byte[] tile(@PathParam("z") int z, @PathParam("x") int x, @PathParam("y") int y) {
        return TILE;
    }

    /** What is wrong with the demo data by the portal's own rules: an empty list when nothing is. */
    @GET
    @Path("demo-problems")
    @Operation(hidden = true)
    public List<String> demoProblems() {
        return demo.problems();
    }

    /**
     * The demo's loading tried again on the test database, which has accounts, as a start-up would: whether it seeded
     * anything, and every account and proposal counted before and after (deleted and draft ones included).
     */
    @POST
    @Path("demo-load-again")
    @Operation(hidden = true)
    public Map<String, Object> demoLoadAgain() {
        long accountsBefore = count("Account");
        long proposalsBefore = count("Proposal");
        boolean loaded = demo.loadAgain();
        return Map.of("loaded", loaded, "accountsBefore", accountsBefore, "accountsAfter", count("Account"),
                "proposalsBefore", proposalsBefore, "proposalsAfter", count("Proposal"));
    }

    private long count(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }

    /**
     * Administrators' account operations tried as the caller of this request: for each, "allowed" or the name of the
     * failure (the services' role checks, behind the pages' and the API's).
     */
    @POST
    @Path("admin-operations")
    @Operation(hidden = true)
    public Map<String, String> adminOperations(@QueryParam("account") long account) {
        return accounts.tryAdminOperations(account);
    }

    @GET
    @Path("active-accounts")
    @Operation(hidden = true)
    public Map<String, Long> activeAccounts() {
        return Map.of("count", accounts.countActive());
    }

    @POST
    @Path("grant")
    @Operation(hidden = true)
    public void grant(@QueryParam("email") String email, @QueryParam("role") String role) {
        accounts.grant(email, Role.valueOf(role));
    }

    @POST
    @Path("revoke")
    @Operation(hidden = true)
    public void revoke(@QueryParam("email") String email, @QueryParam("role") String role) {
        accounts.revoke(email, Role.valueOf(role));
    }

    @POST
    @Path("expire-token")
    @Operation(hidden = true)
    public Map<String, Integer> expireToken(@QueryParam("start") String start) {
        return Map.of("expired", accounts.expireToken(start));
    }

    @POST
    @Path("account-id")
    @Operation(hidden = true)
    public Map<String, Long> accountId(@QueryParam("email") String email) {
        return Map.of("id", accounts.idOf(email));
    }

    /**
     * {@code count} citizens with the tests' password (hashed cheaply), emails starting with {@code prefix},
     * registered {@code days} days ago (none: now).
     */
    @POST
    @Path("citizens")
    @Operation(hidden = true)
    public List<String> citizens(@QueryParam("prefix") String prefix, @QueryParam("count") int count,
                                 @QueryParam("days") int days) {
        return accounts.citizens(prefix, count, TestAccounts.PASSWORD, days);
    }

    /** One citizen with the tests' password (hashed cheaply) and a display name, registered {@code days} days ago. */
    @POST
    @Path("citizen")
    @Operation(hidden = true)
    public void citizen(@QueryParam("email") String email, @QueryParam("name") String name,
                        @QueryParam("days") int days) {
        accounts.citizen(email, name, TestAccounts.PASSWORD, days);
    }

    /** Counts a registration from an address (the form's limits), with an optional proof of work. */
    @POST
    @Path("admit-registration")
    @Operation(hidden = true)
    public Map<String, Boolean> admitRegistration(@QueryParam("ip") String ip, @QueryParam("challenge") String challenge,
                                                  @QueryParam("answer") String answer) {
        return Map.of("proven", accounts.admitRegistration(ip, challenge, answer));
    }

    /** Confirms the address of an account registered through the form, without its mail. */
    @POST
    @Path("confirm-email")
    @Operation(hidden = true)
    public void confirmEmail(@QueryParam("email") String email) {
        accounts.confirmEmail(email);
    }

    /** The stored account of an email: the head of its password hash (algorithm and iterations) and its roles. */
    @GET
    @Path("account")
    @Operation(hidden = true)
    public Map<String, Object> account(@QueryParam("email") String email) {
        return accounts.describe(email);
    }

    /** How many accounts an email has (whatever its case). */
    @GET
    @Path("accounts-of")
    @Operation(hidden = true)
    public Map<String, Long> accountsOf(@QueryParam("email") String email) {
        return Map.of("count", accounts.countByEmail(email));
    }

    /** The sign-in service itself, from a given address (every HTTP test comes from 127.0.0.1). */
    @POST
    @Path("sign-in")
    @Operation(hidden = true)
    public Map<String, Object> signIn(@QueryParam("email") String email, @QueryParam("password") String password,
                                      @QueryParam("ip") String ip) {
        return accounts.signIn(email, password, ip);
    }

    /** Failed sign-ins recorded for an address ({@code count} emails when none is given), as the lockout counts them. */
    @POST
    @Path("sign-in-failure")
    @Operation(hidden = true)
    public void signInFailure(@QueryParam("email") String email, @QueryParam("ip") String ip,
                              @QueryParam("count") int count) {
        for (int i = 0; i < Math.max(1, count); i++) {
            accounts.recordFailure(email == null ? "spray-" + i + "@civitas.test" : email, ip);
        }
    }

    /** What the identity store answers for an email and a password: status, caller name and groups. */
    @POST
    @Path("identity-store")
    @Operation(hidden = true)
    public Map<String, Object> identityStore(@QueryParam("email") String email, @QueryParam("password") String password) {
        return accounts.validate(email, password);
    }

    @POST
    @Path("corrupt-tally")
    @Operation(hidden = true)
    public void corruptTally(@QueryParam("proposal") long proposal, @QueryParam("delta") int delta) {
        votes.corruptTally(proposal, delta);
    }

    @POST
    @Path("past-votes")
    @Operation(hidden = true)
    public void pastVotes(@QueryParam("proposal") long proposal, @QueryParam("daysAgo") int daysAgo,
                          @QueryParam("for") int votesFor) {
        votes.pastVotes(proposal, daysAgo, votesFor);
    }

    /** A proposal's vote lines published now, today's included, as the job does once their day is over. */
    @POST
    @Path("vote-days/publish")
    @Operation(hidden = true)
    public boolean publishVoteDays(@QueryParam("proposal") long proposal) {
        return votes.publishVoteDays(proposal);
    }

    /** A budget whose vote is closed counted now, as the job does within ten minutes. */
    @POST
    @Path("budgets/count")
    @Operation(hidden = true)
    public boolean countBudget(@QueryParam("budget") long budget) {
        return budgetCount.count(budget);
    }

    @GET
    @Path("watch/due")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public List<Long> watchDue() {
        return watch.due(1000);
    }

    @POST
    @Path("funding/closed-yesterday")
    @Operation(hidden = true)
    public void fundingClosedYesterday(@QueryParam("campaign") long campaign) {
        funding.closedYesterday(campaign);
    }

    @POST
    @Path("funding/paid-last-year")
    @Operation(hidden = true)
    public void fundingPaidLastYear(@QueryParam("key") String key) {
        funding.paidLastYear(key);
    }

    @GET
    @Path("funding/pledges")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public List<Map<String, Object>> fundingPledges(@QueryParam("campaign") long campaign) {
        return funding.pledges(campaign);
    }

    @POST
    @Path("under-review")
    @Operation(hidden = true)
    public void underReview(@QueryParam("proposal") long proposal, @QueryParam("daysAgo") int daysAgo) {
        proposals.underReviewSince(proposal, daysAgo);
    }

    @POST
    @Path("theme")
    @Operation(hidden = true)
    public void theme(@QueryParam("code") String code, @QueryParam("name") String name) {
        proposals.theme(code, name);
    }

    /**
     * The outbox's mails to one recipient: how many were queued, the most attempts one took, how many were sent,
     * e.g. {"queued":1,"attempts":3,"sent":1}.
     */
    @GET
    @Path("outbox")
    @Operation(hidden = true)
    public Map<String, Long> outbox(@QueryParam("recipient") String recipient) {
        Object[] row = em.createQuery("SELECT COUNT(m), COALESCE(MAX(m.attempts), 0), COUNT(m.sentAt) FROM OutboxMail m "
                + "WHERE m.recipient = :r", Object[].class).setParameter("r", recipient).getSingleResult();
        return Map.of("queued", ((Number) row[0]).longValue(), "attempts", ((Number) row[1]).longValue(),
                "sent", ((Number) row[2]).longValue());
    }

    /** The digests prepared for one recipient, in every run so far, e.g. {"digests":1}. */
    @GET
    @Path("digests")
    @Operation(hidden = true)
    public Map<String, Long> digests(@QueryParam("recipient") String recipient) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM digest_mail d JOIN account a "
                + "ON a.id = d.account_id WHERE LOWER(a.email) = LOWER(?)").setParameter(1, recipient).getSingleResult();
        return Map.of("digests", count.longValue());
    }

    /** A mail the outbox gave up on (DEAD after twelve attempts, with the server's answer), e.g. {"id":42}. */
    @POST
    @Path("dead-mail")
    @Operation(hidden = true)
    public Map<String, Long> deadMail(@QueryParam("recipient") String recipient, @QueryParam("error") String error) {
        return Map.of("id", mail.deadMail(recipient, "Essai " + recipient, error));
    }

    /** Today's open-data snapshot built again now. */
    @POST
    @Path("opendata-snapshot/rebuild")
    @Operation(hidden = true)
    public void rebuildSnapshot() {
        openData.rebuildTodaysSnapshot();
    }

    /** Open data's per-address counts start afresh: every test comes from one address. */
    @POST
    @Path("opendata-limits/reset")
    @Operation(hidden = true)
    public void resetOpenDataLimits() {
        platform.forgetLimit("opendata");
    }

    /** A limit already used {@code times} times by a subject (an account's id), in the last minutes. */
    @POST
    @Path("limit-used")
    @Operation(hidden = true)
    public void limitUsed(@QueryParam("limit") String limit, @QueryParam("subject") String subject,
                          @QueryParam("times") int times) {
        platform.used(limit, subject, times);
    }

    @GET
    @Path("publications")
    @Operation(hidden = true)
    public List<Map<String, Object>> publications(@QueryParam("proposal") long proposal) {
        return publications.of(proposal);
    }

    @POST
    @Path("interrupted-publication")
    @Operation(hidden = true)
    public Map<String, String> interrupted(@QueryParam("proposal") long proposal, @QueryParam("network") String network,
                                           @QueryParam("text") String text) {
        return Map.of("key", publications.interrupted(proposal, network, text));
    }
}
