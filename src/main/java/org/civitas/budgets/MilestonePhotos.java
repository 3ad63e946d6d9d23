package org.civitas.budgets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.proposals.PhotoDecodes;
import org.civitas.proposals.PhotoProcessor;

/**
 * A milestone's photo, checked as a proposal's is and outside any transaction, so that no database connection waits on
 * a decode: at most {@link PhotoProcessor#MAX_BYTES}, its type read from its content, re-encoded without its metadata
 * when {@link PhotoDecodes} gives it a turn; then {@link FollowUp} stores it with the milestone, in one short
 * transaction. A refused photo saves nothing and names the photo field.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MilestonePhotos {

    @Inject
    private PhotoDecodes decodes;

    @Inject
    private FollowUp followUp;

    /** Posts a milestone with its photo; {@code upload} null or empty posts it without one. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Milestone post(long projectId, @NotNull @Valid MilestoneDraft draft, byte[] upload) {
        return followUp.post(projectId, draft,
                upload == null || upload.length == 0 ? null : decodes.processField(upload));
    }

    /** Corrects a milestone, replacing its photo when {@code upload} holds one (null or empty: the photo stays). */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Milestone correct(long budgetId, long milestoneId, @NotNull @Valid MilestoneDraft draft, byte[] upload) {
        return followUp.correct(budgetId, milestoneId, draft,
                upload == null || upload.length == 0 ? null : decodes.processField(upload));
    }

    /** Adds or replaces a milestone's photo. */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Milestone changePhoto(long budgetId, long milestoneId, byte[] upload) {
        return followUp.changePhoto(budgetId, milestoneId, decodes.processField(upload));
    }
}
