package org.civitas.proposals;

import org.civitas.platform.Paragraphs;

import java.util.List;

/**
 * Everything a proposal's page shows of the proposal itself, read once for the person reading it
 * ({@link ProposalReader#page}): the proposal with its theme and district, its author's public name, its history, its
 * text as paragraphs, and its photo's size for link previews. The page's parts (vote bar, answers, comments, share
 * control) receive it rather than reading the proposal again.
 */
public record ProposalPage(Proposal proposal, String authorName, List<ProposalStatusChange> history,
                           List<List<Paragraphs.Piece>> paragraphs, int photoWidth, int photoHeight) {

    public long id() {
        return proposal.getId();
    }

    /** Anyone may share, report or answer it: public and not hidden. */
    public boolean isOpenToAll() {
        return proposal.getStatus().isPublic() && !proposal.isHidden();
    }
}
