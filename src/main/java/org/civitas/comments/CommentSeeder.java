package org.civitas.comments;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Comments posted on behalf of their authors, for seeding at start-up (the demo town): there is no signed-in author
 * then. The same path as {@link CommentService#post} ({@link Posting}: the thread's rules, the proposal's count, the
 * event), at the clock's time, without the author's limit and confirmation. No view or resource reaches it, which is
 * why it needs no role.
 */
@Stateless
@PermitAll
public class CommentSeeder {

    @Inject
    private Posting posting;

    /** Posts a comment, or a reply ({@code parentId}), as {@code authorId}; returns its id. */
    public long post(long authorId, long proposalId, Long parentId, @NotNull @Valid CommentText text) {
        return posting.post(authorId, proposalId, parentId, text, () -> { }).getId();
    }
}
