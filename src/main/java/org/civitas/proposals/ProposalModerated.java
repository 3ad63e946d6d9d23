package org.civitas.proposals;

import org.civitas.platform.HiddenCause;

/**
 * Announced by moderation when a proposal is to be hidden ({@code hiddenFor} says why: enough reports, or a
 * moderator's decision with a public {@code reason}) or shown again ({@code hiddenFor} null). This feature applies it
 * to the proposal in the same transaction; reports do not hide again what a moderator already decided on.
 */
public record ProposalModerated(long proposalId, HiddenCause hiddenFor, String reason) {

    public static ProposalModerated restored(long proposalId) {
        return new ProposalModerated(proposalId, null, null);
    }
}
