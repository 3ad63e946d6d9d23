package org.civitas.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civitas.accounts.Account;
import org.civitas.following.FollowKind;
import org.civitas.following.Followers;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the notifications of one fan-out, each kind in one set-based statement whatever the number of followers:
 * <ul>
 *   <li>a comment: a reply to its author's comment ({@code REPLY}), a new comment ({@code COMMENT}) to whoever follows
 *   the proposal, except the commenter and the person already told of the reply;</li>
 *   <li>a proposal published: {@code NEW_PROPOSAL} to whoever follows its theme, its district or its author, except
 *   the author.</li>
 * </ul>
 * Only accounts that can be reached (neither deleted nor blocked); nothing about a proposal hidden since. Each
 * notification carries the fan-out's time and is not written again if it exists: an attempt taken again after a
 * server stopped tells nobody twice.
 */
@Stateless
@PermitAll
public class FollowerNotices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalReader proposals;

    /** Tells the followers of fan-out {@code id}; returns the notifications written. */
    public int tell(long id) {
        NoticeFanOut fanOut = em.find(NoticeFanOut.class, id);
        Optional<Proposal> proposal = fanOut == null ? Optional.empty() : proposals.openToAll(fanOut.getProposalId());
        if (proposal.isEmpty()) {
            return 0;
        }
        Timestamp at = Timestamp.from(fanOut.getCreatedAt());
        return switch (fanOut.getKind()) {
            case COMMENT -> commented(fanOut, at);
            case NEW_PROPOSAL -> published(fanOut, proposal.get(), at);
        };
    }

    private int commented(NoticeFanOut fanOut, Timestamp at) {
        int told = 0;
        List<Object> parameters = new ArrayList<>(List.of(fanOut.getActorId()));
        StringBuilder who = new StringBuilder("a.id <> ?");
        if (fanOut.getRepliedTo() != null) {
            told += insert("REPLY", fanOut, at, "a.id <> ? AND a.id = ?",
                    List.of(fanOut.getActorId(), fanOut.getRepliedTo()));
            who.append(" AND a.id <> ?");
            parameters.add(fanOut.getRepliedTo());
        }
        who.append(" AND a.id IN (").append(Followers.of(FollowKind.PROPOSAL)).append(')');
        parameters.add(fanOut.getProposalId());
        return told + insert("COMMENT", fanOut, at, who.toString(), parameters);
    }

    private int published(NoticeFanOut fanOut, Proposal proposal, Timestamp at) {
        List<Object> parameters = new ArrayList<>(List.of(fanOut.getActorId(), proposal.getTheme().getId(),
                fanOut.getActorId()));
        StringBuilder who = new StringBuilder("a.id <> ? AND (a.id IN (").append(Followers.of(FollowKind.THEME))
                .append(") OR a.id IN (").append(Followers.of(FollowKind.PERSON)).append(')');
        if (proposal.getDistrict() != null) {
            who.append(" OR a.id IN (").append(Followers.of(FollowKind.DISTRICT)).append(')');
            parameters.add(proposal.getDistrict().getId());
        }
        return insert("NEW_PROPOSAL", fanOut, at, who.append(')').toString(), parameters);
    }

    /** One statement: a notification of {@code kind} for every reachable account {@code who} selects. */
    private int insert(String kind, NoticeFanOut fanOut, Timestamp at, String who, List<Object> whoParameters) {
        Query insert = em.createNativeQuery("INSERT INTO notification (version, account_id, kind, proposal_id, "
                + "created_at) SELECT 1, a.id, ?, ?, ? FROM account a WHERE " + Account.REACHABLE_SQL + " AND " + who
                + " AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.account_id = a.id AND n.kind = ? "
                + "AND n.proposal_id = ? AND n.created_at = ?)");
        List<Object> all = new ArrayList<>(List.of(kind, fanOut.getProposalId(), at));
        all.addAll(whoParameters);
        all.addAll(List.of(kind, fanOut.getProposalId(), at));
        for (int i = 0; i < all.size(); i++) {
            insert.setParameter(i + 1, all.get(i));
        }
        return insert.executeUpdate();
    }
}
