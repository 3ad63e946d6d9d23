package org.civitas.votes;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.Callers;
import org.civitas.platform.SettingsService;
import org.civitas.proposals.ProposalStatus;

import java.util.List;

/** The support threshold an administrator sets, and what changing it does at once. */
@Stateless
public class ThresholdService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private SupportRules supportRules;

    @Inject
    private ProposalTallies tallies;

    @Inject
    private SettingsService settings;

    @Resource
    private SessionContext session;

    /**
     * An administrator changes the support threshold. Published proposals that the new threshold puts over the
     * line go under review at once, each with its history entry; returns how many did.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int change(@NotNull SupportThreshold threshold) {
        settings.put(SupportRules.PERCENT_KEY, Double.toString(threshold.percentOfCitizens()));
        settings.put(SupportRules.FLOOR_KEY, Integer.toString(threshold.floor()));
        supportRules.forget();
        audit.record("THRESHOLD_CHANGED", "SETTING", 0, threshold.percentOfCitizens() + " %, at least " + threshold.floor());
        long required = threshold.required(supportRules.citizens());
        List<Long> reached = em.createQuery("SELECT t.id FROM ProposalTally t WHERE t.status = :published "
                        + "AND t.votesFor >= :required", Long.class)
                .setParameter("published", ProposalStatus.PUBLISHED)
                .setParameter("required", (int) Math.min(required, Integer.MAX_VALUE)).getResultList();
        int moved = 0;
        for (long id : reached) {
            ProposalTally tally = tallies.lockedTally(id);
            if (tally != null && tally.getStatus() == ProposalStatus.PUBLISHED && tally.getVotesFor() >= required) {
                tallies.announceThreshold(tally, Callers.requireAccountId(session));
                moved++;
            }
        }
        return moved;
    }
}
