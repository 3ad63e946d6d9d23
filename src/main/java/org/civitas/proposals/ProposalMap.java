package org.civitas.proposals;

import java.util.List;

/**
 * What the map of a filtered list shows in the area looked at ({@link ProposalReader#map}): pins grouped by squares
 * of {@code cellDegrees}, each group at the mean of its pins, a lone pin with its proposal. The number of groups
 * depends on the area and the zoom, never on how many proposals there are.
 */
public record ProposalMap(List<Cell> cells, long total, double cellDegrees) {

    /** A group of {@code count} pins; {@code row} is the proposal when it is alone, else null. */
    public record Cell(double latitude, double longitude, long count, ProposalRow row) {
    }
}
