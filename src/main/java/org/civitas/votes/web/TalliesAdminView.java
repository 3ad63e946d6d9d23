package org.civitas.votes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.web.Messages;
import org.civitas.votes.VoteService;

import java.util.List;

/**
 * Backs admin/tallies.xhtml: recounts every proposal's tallies from the vote rows and shows where the counters
 * differ; a second button sets the counters to the recount.
 */
@Named
@RequestScoped
public class TalliesAdminView {

    @Inject
    private VoteService votes;

    @Inject
    private Messages messages;

    private List<VoteService.Drift> drifts;

    public void check() {
        drifts = votes.recount(false);
        messages.info(drifts.isEmpty() ? "tallies.exact" : "tallies.drifts", drifts.size());
    }

    public void correct() {
        drifts = votes.recount(true);
        messages.info("tallies.corrected", drifts.size());
    }

    /** Null until a recount ran in this request. */
    public List<VoteService.Drift> getDrifts() {
        return drifts;
    }
}
