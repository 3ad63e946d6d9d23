package org.civitas.testing;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civitas.accounts.AccountFixtures;

import java.util.List;

/** Test-only HTTP access to fixtures, for client tests that need many accounts fast. Never in the portal's WAR. */
@Path("test-fixtures")
public class FixturesResource {

    @Inject
    private AccountFixtures accounts;

    @Inject
    private org.civitas.proposals.ProposalFixtures proposals;

    @POST
    @Path("grant")
    public void grant(@QueryParam("email") String email, @QueryParam("role") String role) {
        accounts.grant(email, org.civitas.accounts.Role.valueOf(role));
    }

    @POST
    @Path("corrupt-tally")
    public void corruptTally(@QueryParam("proposal") long proposal, @QueryParam("delta") int delta) {
        proposals.corruptTally(proposal, delta);
    }

    @POST
    @Path("past-votes")
    public void pastVotes(@QueryParam("proposal") long proposal, @QueryParam("daysAgo") int daysAgo,
                          @QueryParam("for") int votesFor) {
        proposals.pastVotes(proposal, daysAgo, votesFor);
    }

    @POST
    @Path("under-review")
    public void underReview(@QueryParam("proposal") long proposal, @QueryParam("daysAgo") int daysAgo) {
        proposals.underReviewSince(proposal, daysAgo);
    }

    @POST
    @Path("account-id")
    @Produces(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Long> accountId(@QueryParam("email") String email) {
        return java.util.Map.of("id", accounts.idOf(email));
    }

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    /** The outbox's mails to one recipient: attempts made and whether it was sent, e.g. {"attempts":3,"sent":1}. */
    @jakarta.ws.rs.GET
    @Path("outbox")
    @Produces(MediaType.APPLICATION_JSON)
    public java.util.Map<String, Long> outbox(@QueryParam("recipient") String recipient) {
        Object[] row = em.createQuery("SELECT COALESCE(MAX(m.attempts), 0), COUNT(m.sentAt) FROM OutboxMail m "
                + "WHERE m.recipient = :r", Object[].class).setParameter("r", recipient).getSingleResult();
        return java.util.Map.of("attempts", ((Number) row[0]).longValue(), "sent", ((Number) row[1]).longValue());
    }

    @POST
    @Path("theme")
    public void theme(@QueryParam("code") String code, @QueryParam("name") String name) {
        proposals.theme(code, name);
    }

    @POST
    @Path("citizens")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> citizens(@QueryParam("prefix") String prefix, @QueryParam("count") int count) {
        return accounts.citizens(prefix, count, TestAccounts.PASSWORD);
    }

    @Inject
    private org.civitas.sharing.PublicationFixtures publications;

    @jakarta.ws.rs.GET
    @Path("publications")
    @Produces(MediaType.APPLICATION_JSON)
    public List<java.util.Map<String, Object>> publications(@QueryParam("proposal") long proposal) {
        return publications.of(proposal);
    }

    @POST
    @Path("interrupted-publication")
    @Produces(MediaType.APPLICATION_JSON)
    public java.util.Map<String, String> interrupted(@QueryParam("proposal") long proposal,
                                                     @QueryParam("network") String network,
                                                     @QueryParam("text") String text) {
        return java.util.Map.of("key", publications.interrupted(proposal, network, text));
    }
}
