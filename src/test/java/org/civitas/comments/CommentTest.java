package org.civitas.comments;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void editableForFifteenMinutesOnly() {
        Comment comment = new Comment(1, null, 7, "Bonne idée", T0);
        assertTrue(comment.isEditableAt(T0.plus(Duration.ofMinutes(14)).plusSeconds(59)));
        assertFalse(comment.isEditableAt(T0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void aDeletedCommentLosesItsTextAndCannotBeEdited() {
        Comment comment = new Comment(1, null, 7, "Bonne idée", T0);
        comment.delete(T0.plusSeconds(10));
        assertTrue(comment.isDeleted());
        assertNull(comment.getBody());
        assertFalse(comment.isEditableAt(T0.plusSeconds(20)));
    }

    @Test
    void repliesKnowTheirDepth() {
        Comment root = new Comment(1, null, 7, "Racine", T0);
        Comment reply = new Comment(1, root, 8, "Réponse", T0);
        Comment replyToReply = new Comment(1, reply, 9, "Réponse à la réponse", T0);
        assertEquals(0, root.getDepth());
        assertEquals(1, reply.getDepth());
        assertEquals(2, replyToReply.getDepth());
        assertEquals(Comment.MAX_DEPTH, replyToReply.getDepth());
    }
}
