package org.civitas.proposals.rest;

import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalStatusChange;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of proposals: a list row, and one proposal with its history. */
public final class ProposalJson {

    private ProposalJson() {
    }

    /** {@code estimatedCost}: an idea's for a participatory budget, absent for a proposal. */
    public record Row(long id, String title, String theme, String district, String status, int votesFor,
                      int commentCount, Instant publishedAt, String path, Long estimatedCost) {

        public static Row of(ProposalRow row) {
            return new Row(row.id(), row.title(), row.themeCode(), row.districtName(), row.status().name(),
                    row.votesFor(), row.commentCount(), row.publishedAt(), ProposalJson.path(row.id(), row.slug()),
                    row.estimatedCost());
        }
    }

    public record Page(List<Row> items, int page, int size, long total) {
    }

    public record Change(String from, String to, Instant at) {

        static Change of(ProposalStatusChange change) {
            return new Change(change.getFrom() == null ? null : change.getFrom().name(), change.getTo().name(),
                    change.getChangedAt());
        }
    }

    /** {@code envelopeId} and {@code estimatedCost}: an idea's for a participatory budget, absent for a proposal. */
    public record Detail(long id, String title, String summary, String body, String theme, String district,
                         String status, int votesFor, int votesAgainst, int commentCount, Instant publishedAt,
                         Instant closesAt, boolean editable, String path, List<Change> history, Long envelopeId,
                         Long estimatedCost) {

        public static Detail of(Proposal p, List<ProposalStatusChange> history) {
            return new Detail(p.getId(), p.getTitle(), p.getSummary(), p.getBody(), p.getTheme().getCode(),
                    p.getDistrict() == null ? null : p.getDistrict().getCode(), p.getStatus().name(),
                    p.getVotesFor(), p.getVotesAgainst(), p.getCommentCount(), p.getPublishedAt(), p.getClosesAt(),
                    p.isEditable(), ProposalJson.path(p.getId(), p.getSlug()), history.stream().map(Change::of).toList(),
                    p.getEnvelopeId(), p.getEstimatedCost());
        }
    }

    /** The bookmarkable address of a proposal's page. */
    static String path(long id, String slug) {
        return ProposalAddress.of(id, slug);
    }
}
