package org.civitas.guestbook;

import java.time.Instant;

/**
 * A message as the wall, its page and the API show it: its author's public name (a member's from their account, a
 * visitor's as given), who they are to the town, where they write from, the text, and the town's reply if any.
 * {@code status} and {@code rejectionReason} matter to moderators only.
 */
public record GuestbookEntry(long id, String authorName, boolean member, Relation relation, String place, String body,
                             Instant createdAt, Instant publishedAt, String reply, Instant repliedAt,
                             MessageStatus status, String rejectionReason) {

    public boolean isPublished() {
        return status == MessageStatus.PUBLISHED;
    }
}
