package org.civitas.watch;

/**
 * What a watch source polls: a hashtag's timeline or a search on a Mastodon instance, a post search on a Bluesky
 * AppView, or an RSS or Atom feed. The address is the instance's, the AppView's or the feed's.
 */
public enum WatchKind {
    /** {@code GET /api/v1/timelines/tag/{tag}}: public on most instances. */
    MASTODON_TAG("https://mastodon.social", true),
    /** {@code GET /api/v2/search?type=statuses}: instances answer it for a signed-in account (an access token). */
    MASTODON_SEARCH("https://mastodon.social", true),
    /** {@code app.bsky.feed.searchPosts}, newest first. */
    BLUESKY_SEARCH("https://public.api.bsky.app", true),
    /** An RSS 2.0 or Atom feed (a local newspaper, a radio, a blog); keywords narrow it. */
    FEED(null, false);

    private final String defaultUrl;
    private final boolean needsQuery;

    WatchKind(String defaultUrl, boolean needsQuery) {
        this.defaultUrl = defaultUrl;
        this.needsQuery = needsQuery;
    }

    /** The address a form offers when none is typed (null: the feed's own address is needed). */
    public String defaultUrl() {
        return defaultUrl;
    }

    /** Whether the source needs a query (a tag, search words); a feed has none. */
    public boolean needsQuery() {
        return needsQuery;
    }
}
