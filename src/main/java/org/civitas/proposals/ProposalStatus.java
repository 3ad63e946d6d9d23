package org.civitas.proposals;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a proposal. A draft is private; publishing opens it to votes; enough FOR votes put it under review
 * by itself; an official's answer (accepted, rejected, in progress, implemented) closes voting; the author may
 * withdraw it while it is open. {@link #canBecome} is the only place the allowed transitions are written.
 */
public enum ProposalStatus {
    DRAFT,
    PUBLISHED,
    UNDER_REVIEW,
    ACCEPTED,
    REJECTED,
    IN_PROGRESS,
    IMPLEMENTED,
    WITHDRAWN;

    /** The decisions an official's answer may record. */
    public static final Set<ProposalStatus> ANSWERS = EnumSet.of(ACCEPTED, REJECTED, IN_PROGRESS, IMPLEMENTED);

    public boolean canBecome(ProposalStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> next == UNDER_REVIEW || next == WITHDRAWN || ANSWERS.contains(next);
            case UNDER_REVIEW -> next == WITHDRAWN || ANSWERS.contains(next);
            case ACCEPTED -> next == IN_PROGRESS || next == IMPLEMENTED;
            case IN_PROGRESS -> next == IMPLEMENTED;
            case REJECTED, IMPLEMENTED, WITHDRAWN -> false;
        };
    }

    /** Votes are taken only while the town has not answered and the author has not withdrawn. */
    public boolean isOpenForVotes() {
        return this == PUBLISHED || this == UNDER_REVIEW;
    }

    /** Everything but a draft is visible to everyone. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** An official has answered. */
    public boolean isAnswered() {
        return ANSWERS.contains(this);
    }
}
