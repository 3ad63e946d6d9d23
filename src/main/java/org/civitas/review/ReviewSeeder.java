package org.civitas.review;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Answers given on behalf of an official, for seeding at start-up (the demo town): there is no signed-in official
 * then. The same path as {@link ReviewService#answer} ({@link Answering}: the answer, the proposal moved, the people
 * concerned notified, the audit line in the official's name), at the clock's time. No view or resource reaches it,
 * which is why it needs no role.
 */
@Stateless
@PermitAll
public class ReviewSeeder {

    @Inject
    private Answering answering;

    /** {@code officialId} answers the proposal; returns the answer's id. */
    public long answer(long officialId, long proposalId, @NotNull @Valid AnswerForm form) {
        return answering.answer(officialId, proposalId, form).getId();
    }
}
