package org.civitas.watch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;

/**
 * One thing said about the town that a source brought, kept once (its id at the source, its address across
 * sources), with where the communication team is with it: its state, the person it is assigned to, the proposal it
 * became, and who triaged it last and when.
 */
@Entity
@Table(name = "watch_item")
public class WatchItem extends ChangeTrackedEntity {

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "external_id", nullable = false, length = 300)
    private String externalId;

    @Column(name = "url", nullable = false, length = 1000)
    private String url;

    @Column(name = "url_key", nullable = false, length = 64)
    private String urlKey;

    @Column(name = "author", length = 200)
    private String author;

    @Column(name = "author_url", length = 500)
    private String authorUrl;

    @Column(name = "title", length = 300)
    private String title;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private TriageState state;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "triaged_by")
    private Long triagedBy;

    protected WatchItem() {
    }

    WatchItem(long sourceId, Found found, String urlKey, Instant now) {
        this.sourceId = sourceId;
        this.externalId = cut(found.externalId(), 300);
        this.url = found.url();
        this.urlKey = urlKey;
        this.author = cut(found.author(), 200);
        this.authorUrl = found.authorUrl() == null || found.authorUrl().length() > 500 ? null : found.authorUrl();
        this.title = cut(found.title(), 300);
        this.body = cut(found.body() == null ? "" : found.body(), 4000);
        this.publishedAt = found.publishedAt() == null || found.publishedAt().isAfter(now) ? now : found.publishedAt();
        this.foundAt = now;
        this.state = TriageState.NEW;
    }

    static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    void triage(TriageState state, long by, Instant now) {
        this.state = state;
        this.triagedBy = by;
        this.triagedAt = now;
    }

    void assign(Long accountId, long by, Instant now) {
        this.assigneeId = accountId;
        this.triagedBy = by;
        this.triagedAt = now;
    }

    void becameProposal(long proposalId, long by, Instant now) {
        this.proposalId = proposalId;
        triage(TriageState.PROPOSAL, by, now);
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getUrl() {
        return url;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorUrl() {
        return authorUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public TriageState getState() {
        return state;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }

    public Long getTriagedBy() {
        return triagedBy;
    }
}
