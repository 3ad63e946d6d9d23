package org.civitas.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.Town;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalService;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Share targets and what sharing brings: clicks on share buttons and visits arriving from a share, counted per
 * proposal, network and day (no cookie, no person). Each count locks the proposal's row, so two clicks at once
 * both count.
 */
@Stateless
public class ShareService {

    public enum Kind { SHARE, ARRIVAL }

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<ShareTarget> targets;

    @Inject
    private ProposalService proposals;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    /** Every share target, in their order. */
    @PermitAll
    public List<ShareTarget> targets() {
        return targets.stream().sorted(Comparator.comparingInt(ShareTarget::order)).toList();
    }

    @PermitAll
    public Optional<ShareTarget> target(String id) {
        return targets().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A proposal that can be shared: public and not hidden. */
    @PermitAll
    public Optional<Proposal> shareable(long proposalId) {
        return proposals.find(proposalId).filter(p -> p.getStatus().isPublic() && !p.isHidden());
    }

    /** Counts one share or arrival for a shareable proposal and a known target; anything else counts nothing. */
    @PermitAll
    public void count(long proposalId, String targetId, Kind kind) {
        if (target(targetId).isEmpty() || shareable(proposalId).isEmpty()) {
            return;
        }
        proposals.serialize(proposalId);
        Date today = Date.valueOf(LocalDate.ofInstant(clock.instant(), town.getZone()));
        String column = kind == Kind.SHARE ? "shares" : "arrivals";
        int updated = em.createNativeQuery("UPDATE share_day SET " + column + " = " + column + " + 1, version = version + 1 "
                        + "WHERE proposal_id = ? AND target = ? AND share_date = ?")
                .setParameter(1, proposalId).setParameter(2, targetId).setParameter(3, today).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO share_day (version, proposal_id, target, share_date, shares, arrivals) "
                            + "VALUES (1, ?, ?, ?, ?, ?)")
                    .setParameter(1, proposalId).setParameter(2, targetId).setParameter(3, today)
                    .setParameter(4, kind == Kind.SHARE ? 1 : 0).setParameter(5, kind == Kind.ARRIVAL ? 1 : 0)
                    .executeUpdate();
        }
    }
}
