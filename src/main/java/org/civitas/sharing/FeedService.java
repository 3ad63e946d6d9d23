package org.civitas.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.Theme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the feeds carry: the newest published proposals (all, or of one theme) and the newest official answers,
 * never a draft or a hidden proposal, nor the answer to one.
 */
@Stateless
@PermitAll
public class FeedService {

    /** Entries per feed: readers poll often, and each poll reads only the newest. */
    public static final int SIZE = 50;

    @PersistenceContext
    private EntityManager em;

    /** One official answer with what its entry needs of its proposal. */
    public record AnswerEntry(long id, long proposalId, String proposalSlug, String proposalTitle,
                              ProposalStatus decision, String body, Instant createdAt, String themeCode) {
    }

    /** The newest published proposals, of one theme when {@code themeCode} is set. */
    public List<Proposal> newestProposals(String themeCode) {
        var query = em.createQuery("SELECT p FROM Proposal p WHERE p.status <> :draft AND p.hiddenAt IS NULL "
                        + "AND p.publishedAt IS NOT NULL" + (themeCode == null ? "" : " AND p.theme.code = :theme")
                        + " ORDER BY p.publishedAt DESC, p.id DESC", Proposal.class)
                .setParameter("draft", ProposalStatus.DRAFT);
        if (themeCode != null) {
            query.setParameter("theme", themeCode);
        }
        return query.setMaxResults(SIZE).getResultList();
    }

    /** The newest official answers to proposals that are still shown. */
    public List<AnswerEntry> newestAnswers() {
        return em.createQuery("SELECT NEW org.civitas.sharing.FeedService.AnswerEntry(a.id, p.id, p.slug, p.title, "
                        + "a.decision, a.body, a.createdAt, p.theme.code) FROM org.civitas.review.Answer a, Proposal p "
                        + "WHERE p.id = a.proposalId AND p.hiddenAt IS NULL ORDER BY a.createdAt DESC, a.id DESC",
                        AnswerEntry.class)
                .setMaxResults(SIZE).getResultList();
    }

    public Optional<Theme> theme(String code) {
        return em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class).setParameter("code", code)
                .getResultStream().findFirst();
    }
}
