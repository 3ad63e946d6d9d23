package org.civitas.watch;

import java.time.Instant;

/**
 * Something a source brought: its id there, its public address, who wrote it (name and page, perhaps unknown), a
 * title (feeds have one), its text as plain text, and when it was published.
 */
public record Found(String externalId, String url, String author, String authorUrl, String title, String body,
                    Instant publishedAt) {
}
