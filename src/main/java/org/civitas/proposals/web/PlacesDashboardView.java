package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.proposals.DistrictBoundaries;
import org.civitas.proposals.ProposalReader;

/**
 * The "places" section of the officials' dashboard (dashboard/index.xhtml): how many public proposals are on the map,
 * how many carry an address the address base did not find (to look at), and how many districts have a boundary.
 */
@Named
@RequestScoped
public class PlacesDashboardView {

    @Inject
    private ProposalReader proposals;

    @Inject
    private DistrictBoundaries boundaries;

    private ProposalReader.PlaceFigures figures;
    private long bounded;

    @PostConstruct
    void load() {
        figures = proposals.placeFigures();
        bounded = boundaries.count();
    }

    public long getPlaced() {
        return figures.placed();
    }

    public long getUnmapped() {
        return figures.unmapped();
    }

    public long getTotal() {
        return figures.total();
    }

    /** The share of public proposals on the map, in whole percent. */
    public long getPlacedPercent() {
        return figures.total() == 0 ? 0 : Math.round(100.0 * figures.placed() / figures.total());
    }

    public long getBounded() {
        return bounded;
    }
}
