package org.civitas.proposals.rest;

import org.civitas.places.Place;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalMap;
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

    /**
     * {@code envelopeId} and {@code estimatedCost}: an idea's for a participatory budget, absent for a proposal;
     * {@code place}: its address and pin, absent when it has none.
     */
    public record Detail(long id, String title, String summary, String body, String theme, String district,
                         String status, int votesFor, int votesAgainst, int commentCount, Instant publishedAt,
                         Instant closesAt, boolean editable, String path, List<Change> history, Long envelopeId,
                         Long estimatedCost, PlaceJson place) {

        public static Detail of(Proposal p, List<ProposalStatusChange> history) {
            return new Detail(p.getId(), p.getTitle(), p.getSummary(), p.getBody(), p.getTheme().getCode(),
                    p.getDistrict() == null ? null : p.getDistrict().getCode(), p.getStatus().name(),
                    p.getVotesFor(), p.getVotesAgainst(), p.getCommentCount(), p.getPublishedAt(), p.getClosesAt(),
                    p.isEditable(), ProposalJson.path(p.getId(), p.getSlug()), history.stream().map(Change::of).toList(),
                    p.getEnvelopeId(), p.getEstimatedCost(), p.place().map(PlaceJson::of).orElse(null));
        }
    }

    /** A place: its address, and its pin when it was found (latitude and longitude, WGS 84, else null). */
    public record PlaceJson(String label, Double latitude, Double longitude) {

        public static PlaceJson of(Place place) {
            return new PlaceJson(place.label(), place.latitude(), place.longitude());
        }

        public Place toPlace() {
            return new Place(label, latitude, longitude);
        }
    }

    /** The map's answer: groups of pins, a lone pin with its proposal's id, title and address. */
    public record MapAnswer(List<MapCell> cells, long total) {

        public static MapAnswer of(ProposalMap map) {
            return new MapAnswer(map.cells().stream().map(MapCell::of).toList(), map.total());
        }
    }

    public record MapCell(double latitude, double longitude, long count, Long id, String title, String path) {

        static MapCell of(ProposalMap.Cell cell) {
            ProposalRow row = cell.row();
            return new MapCell(cell.latitude(), cell.longitude(), cell.count(), row == null ? null : row.id(),
                    row == null ? null : row.title(), row == null ? null : ProposalJson.path(row.id(), row.slug()));
        }
    }

    /** The bookmarkable address of a proposal's page. */
    static String path(long id, String slug) {
        return ProposalAddress.of(id, slug);
    }
}
