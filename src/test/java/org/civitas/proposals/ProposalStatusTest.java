package org.civitas.proposals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static org.civitas.proposals.ProposalStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProposalStatusTest {

    private static Set<ProposalStatus> next(ProposalStatus from) {
        Set<ProposalStatus> set = EnumSet.noneOf(ProposalStatus.class);
        for (ProposalStatus to : values()) {
            if (from.canBecome(to)) {
                set.add(to);
            }
        }
        return set;
    }

    @Test
    void draftCanOnlyBePublished() {
        assertEquals(EnumSet.of(PUBLISHED), next(DRAFT));
    }

    @Test
    void publishedGoesUnderReviewIsWithdrawnOrAnswered() {
        assertEquals(EnumSet.of(UNDER_REVIEW, WITHDRAWN, ACCEPTED, REJECTED, IN_PROGRESS, IMPLEMENTED), next(PUBLISHED));
    }

    @Test
    void underReviewIsAnsweredOrWithdrawnButNeverGoesBack() {
        assertEquals(EnumSet.of(WITHDRAWN, ACCEPTED, REJECTED, IN_PROGRESS, IMPLEMENTED), next(UNDER_REVIEW));
    }

    @Test
    void acceptedMovesOnToWorkAndDone() {
        assertEquals(EnumSet.of(IN_PROGRESS, IMPLEMENTED), next(ACCEPTED));
        assertEquals(EnumSet.of(IMPLEMENTED), next(IN_PROGRESS));
    }

    @ParameterizedTest
    @EnumSource(names = {"REJECTED", "IMPLEMENTED", "WITHDRAWN"})
    void endStatesAreFinal(ProposalStatus status) {
        assertTrue(next(status).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(ProposalStatus.class)
    void nothingBecomesItself(ProposalStatus status) {
        assertFalse(status.canBecome(status));
    }

    @Test
    void votesAreOpenOnlyBeforeTheAnswerAndWithdrawal() {
        Set<ProposalStatus> open = EnumSet.noneOf(ProposalStatus.class);
        for (ProposalStatus s : values()) {
            if (s.isOpenForVotes()) {
                open.add(s);
            }
        }
        assertEquals(EnumSet.of(PUBLISHED, UNDER_REVIEW), open);
    }

    @Test
    void onlyDraftsArePrivate() {
        assertFalse(DRAFT.isPublic());
        assertTrue(WITHDRAWN.isPublic());
        assertTrue(REJECTED.isPublic());
    }
}
