package org.civitas.watch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A source the watch polls, as an administrator set it (kind, name, address, query, keywords that narrow what it
 * brings, how often, a sealed token, in use or paused), and how its polls go: the last one, the next one due, the
 * failures in a row and the last error, how many new items it brought, and where it stopped.
 */
@Entity
@Table(name = "watch_source")
public class WatchSource extends ChangeTrackedEntity {

    /** The longest wait between two polls however many failures: a day. */
    static final Duration LONGEST_WAIT = Duration.ofDays(1);

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private WatchKind kind;

    @Column(name = "label", nullable = false, length = 120)
    private String label;

    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;

    @Column(name = "query", length = 200)
    private String query;

    @Column(name = "keywords", length = 500)
    private String keywords;

    @Column(name = "interval_minutes", nullable = false)
    private int intervalMinutes;

    @Column(name = "token_sealed", length = 4000)
    private String tokenSealed;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "polled_at")
    private Instant polledAt;

    @Column(name = "next_poll_at", nullable = false)
    private Instant nextPollAt;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "last_found", nullable = false)
    private int lastFound;

    @Column(name = "poll_cursor", length = 200)
    private String cursor;

    @Column(name = "etag", length = 200)
    private String etag;

    @Column(name = "last_modified", length = 100)
    private String lastModified;

    protected WatchSource() {
    }

    WatchSource(WatchKind kind, Instant now) {
        this.kind = kind;
        this.createdAt = now;
        this.nextPollAt = now;
    }

    void change(WatchSourceDraft draft, Instant now) {
        boolean moved = baseUrl != null && (!baseUrl.equals(draft.baseUrl().strip())
                || !Objects.equals(query, blankToNull(draft.query())));
        this.label = draft.label().strip();
        this.baseUrl = draft.baseUrl().strip();
        this.query = blankToNull(draft.query());
        this.keywords = blankToNull(draft.keywords());
        this.intervalMinutes = draft.intervalMinutes();
        boolean resumed = draft.active() && !active;
        this.active = draft.active();
        if (moved) {
            // Another place to look: start afresh there
            cursor = null;
            etag = null;
            lastModified = null;
        }
        if (moved || resumed) {
            failures = 0;
            lastError = null;
            nextPollAt = now;
        }
    }

    /** Put off while a server polls it. */
    void leased(Instant until) {
        this.nextPollAt = until;
    }

    void token(String sealed) {
        this.tokenSealed = sealed;
    }

    /** A poll that brought {@code found} new items: the next one after the interval, or later if the network said so. */
    void polled(Harvest harvest, int found, Instant now) {
        polledAt = now;
        failures = 0;
        lastError = null;
        lastFound = found;
        if (harvest.cursor() != null) {
            cursor = harvest.cursor();
        }
        if (harvest.etag() != null || harvest.lastModified() != null) {
            etag = harvest.etag();
            lastModified = harvest.lastModified();
        }
        Instant next = now.plus(Duration.ofMinutes(intervalMinutes));
        nextPollAt = harvest.notBefore() != null && harvest.notBefore().isAfter(next) ? harvest.notBefore() : next;
    }

    /**
     * A poll that failed: the wait doubles with each failure in a row (the interval, twice, four times... a day at
     * most), and is never shorter than what the network asked for.
     */
    void failed(String error, Instant retryAfter, Instant now) {
        polledAt = now;
        failures++;
        lastError = error.length() > 500 ? error.substring(0, 499) + "…" : error;
        nextPollAt = now.plus(backoff(intervalMinutes, failures));
        if (retryAfter != null && retryAfter.isAfter(nextPollAt)) {
            nextPollAt = retryAfter.isAfter(now.plus(LONGEST_WAIT)) ? now.plus(LONGEST_WAIT) : retryAfter;
        }
    }

    /** The wait after {@code failures} failures in a row of a source polled every {@code intervalMinutes}. */
    static Duration backoff(int intervalMinutes, int failures) {
        long minutes = (long) intervalMinutes << Math.min(Math.max(failures - 1, 0), 10);
        Duration wait = Duration.ofMinutes(minutes);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public WatchKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getQuery() {
        return query;
    }

    public String getKeywords() {
        return keywords;
    }

    public int getIntervalMinutes() {
        return intervalMinutes;
    }

    String getTokenSealed() {
        return tokenSealed;
    }

    public boolean isTokenSet() {
        return tokenSealed != null;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPolledAt() {
        return polledAt;
    }

    public Instant getNextPollAt() {
        return nextPollAt;
    }

    public int getFailures() {
        return failures;
    }

    public String getLastError() {
        return lastError;
    }

    public int getLastFound() {
        return lastFound;
    }

    String getCursor() {
        return cursor;
    }

    String getEtag() {
        return etag;
    }

    String getLastModified() {
        return lastModified;
    }
}
