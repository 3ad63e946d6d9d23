package org.civitas.watch;

/**
 * A source as an adapter polls it: its kind, address, query (a tag, search words; null for a feed), the token opened
 * from its seal (null when it has none), where the last poll stopped and the feed's validators.
 */
public record SourceSpec(long id, WatchKind kind, String baseUrl, String query, String token, String cursor,
                         String etag, String lastModified) {

    /** Never the token. */
    @Override
    public String toString() {
        return "SourceSpec[" + id + ", " + kind + ", " + baseUrl + "]";
    }
}
