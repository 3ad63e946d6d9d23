package org.civitas.galleries;

import org.civitas.platform.Paragraphs;

import java.time.Instant;
import java.util.List;

/** A gallery as lists and its page show it: its words, when it was published, how many photos, its cover. */
public record GallerySummary(long id, String title, String description, Instant publishedAt, Instant changedAt,
                             long photoCount, String cover) {

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** The description as paragraphs and links, never markup. */
    public List<List<Paragraphs.Piece>> descriptionParagraphs() {
        return Paragraphs.of(description);
    }
}
