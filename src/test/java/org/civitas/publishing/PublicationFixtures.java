package org.civitas.publishing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.outbox.OutboxItem;
import org.civitas.proposals.Proposal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-only: what became of a proposal's publications, and a delivery left half done by a stopped server. */
@Stateless
public class PublicationFixtures {

    @PersistenceContext
    private EntityManager em;

    public List<Map<String, Object>> of(long proposalId) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.proposalId = :id ORDER BY p.id", Publication.class)
                .setParameter("id", proposalId).getResultList().stream().map(p -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", p.getId());
                    row.put("network", p.getNetwork());
                    row.put("state", p.getState().name());
                    row.put("attempts", p.getAttempts());
                    row.put("key", p.getIdempotencyKey());
                    row.put("lastStatus", p.getLastStatus() == null ? -1 : p.getLastStatus());
                    row.put("lastError", p.getLastError() == null ? "" : p.getLastError());
                    row.put("remoteId", p.getRemoteId() == null ? "" : p.getRemoteId());
                    if (p.getLikes() != null) {
                        row.put("likes", p.getLikes());
                        row.put("reposts", p.getReposts());
                        row.put("replies", p.getReplies());
                    }
                    return row;
                }).toList();
    }

    /**
     * A publication as a server leaves it when it stops while waiting for the network: SENDING, claimed an hour
     * ago, its outcome never recorded. Returns its idempotency key.
     */
    public String interrupted(long proposalId, String network, String text) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        String key = PublicationService.key(proposalId, null, network);
        Publication p = new Publication(key, network, proposalId, null, text, "http://localhost/proposals/" + proposalId
                + "?utm_content=" + key, proposal.getAuthorId(), Instant.now().minusSeconds(3600));
        em.persist(p);
        em.flush();
        em.createQuery("UPDATE Publication p SET p.state = :sending, p.claimedAt = :then, p.attempts = 1 WHERE p.id = :id")
                .setParameter("sending", OutboxItem.State.SENDING).setParameter("then", Instant.now().minusSeconds(3600))
                .setParameter("id", p.getId()).executeUpdate();
        return key;
    }
}
