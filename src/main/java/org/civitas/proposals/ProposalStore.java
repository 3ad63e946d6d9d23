package org.civitas.proposals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Locale;

/**
 * The queries and locks behind proposals' services: the list's filters (one clause for every list and count), rows
 * locked for a change, themes and districts by code. A plain bean that runs in its caller's transaction; only this
 * feature's services use it.
 */
@ApplicationScoped
class ProposalStore {

    /** List rows, read with their theme and district in one query (a JPQL constructor expression), drafts included. */
    static final String ROW_OF_ANY = "SELECT NEW org.civitas.proposals.ProposalRow(p.id, p.slug, p.title, t.code, "
            + "t.nameFr, t.nameEn, d.name, p.status, p.votesFor, p.commentCount, p.publishedAt, p.photoId, p.summary, "
            + "p.authorId, p.estimatedCost) "
            + "FROM Proposal p JOIN p.theme t LEFT JOIN p.district d";

    /** One list row of a proposal that is not a draft. */
    static final String ROW = ROW_OF_ANY + " WHERE p.status <> :draft";

    @PersistenceContext
    private EntityManager em;

    Proposal find(long id) {
        return em.find(Proposal.class, id);
    }

    /** The proposal with its row locked until the end of the transaction; not found when there is none. */
    Proposal locked(long id) {
        Proposal proposal = em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new ProposalNotFoundException();
        }
        return proposal;
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    EntityManager em() {
        return em;
    }

    Theme theme(String code) {
        return em.createQuery("SELECT t FROM Theme t WHERE t.code = :code", Theme.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(UnknownThemeOrDistrictException::new);
    }

    /** Null for the whole town (no code, or {@value ProposalQuery#WHOLE_TOWN}). */
    District district(String code) {
        if (code == null || code.isBlank() || ProposalQuery.WHOLE_TOWN.equals(code)) {
            return null;
        }
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(UnknownThemeOrDistrictException::new);
    }

    /** What every public list and count filters on; hidden proposals are never in it. */
    static String filters(ProposalQuery query) {
        StringBuilder where = new StringBuilder(" AND p.hiddenAt IS NULL");
        where.append(query.envelopes() == null ? " AND p.envelopeId IS NULL" : " AND p.envelopeId IN :envelopes");
        if (query.themeCode() != null) {
            where.append(" AND t.code = :theme");
        }
        if (ProposalQuery.WHOLE_TOWN.equals(query.districtCode())) {
            where.append(" AND d IS NULL");
        } else if (query.districtCode() != null) {
            where.append(" AND d.code = :district");
        }
        if (query.status() != null) {
            where.append(" AND p.status = :status");
        }
        if (query.text() != null) {
            where.append(" AND (LOWER(p.title) LIKE :text ESCAPE '\\' OR LOWER(p.summary) LIKE :text ESCAPE '\\')");
        }
        if (query.placed()) {
            where.append(" AND p.latitude IS NOT NULL");
        }
        return where.toString();
    }

    static void bind(TypedQuery<?> q, ProposalQuery query) {
        q.setParameter("draft", ProposalStatus.DRAFT);
        if (query.envelopes() != null) {
            q.setParameter("envelopes", query.envelopes());
        }
        if (query.themeCode() != null) {
            q.setParameter("theme", query.themeCode());
        }
        if (query.districtCode() != null && !ProposalQuery.WHOLE_TOWN.equals(query.districtCode())) {
            q.setParameter("district", query.districtCode());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.text() != null) {
            q.setParameter("text", like(query.text()));
        }
    }

    /** The list's text filter as a LIKE pattern (escaped with a backslash), lower case. */
    static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
