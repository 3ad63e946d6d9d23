package org.civitas.comments;

import org.civitas.platform.HiddenCause;

/**
 * Announced by moderation when a comment is to be hidden ({@code hiddenFor}: enough reports, or a moderator's
 * decision with a public {@code reason}) or shown again ({@code hiddenFor} null). This feature applies it in the same
 * transaction; reports do not hide again what a moderator already decided on.
 */
public record CommentModerated(long commentId, HiddenCause hiddenFor, String reason) {

    public static CommentModerated restored(long commentId) {
        return new CommentModerated(commentId, null, null);
    }
}
