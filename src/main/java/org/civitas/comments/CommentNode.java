package org.civitas.comments;

import org.civitas.platform.Paragraphs;

import java.time.Instant;
import java.util.List;

/**
 * A comment as a thread shows it: author's public name and official badge, the text as paragraphs of plain text
 * and links (empty once deleted, and once hidden by reports except for its author and moderators), and whether the
 * reader may still edit it. {@code moderationReason} is a moderator's public reason, when one hid it.
 */
public record CommentNode(long id, Long parentId, int depth, String authorName, boolean official,
                          List<List<Paragraphs.Piece>> paragraphs, boolean deleted, boolean hidden,
                          String moderationReason, boolean edited,
                          boolean editableByReader, boolean ownedByReader, Instant createdAt) {
}
