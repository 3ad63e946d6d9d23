package org.civitas.budgets.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * One line of a Pabulib file's {@code PROJECTS} section: what a reader needs to recount the vote (id, cost) and to
 * check the published result against it (votes, selected), with the name people know the project by.
 */
public record PabulibProject(long id, long cost, long votes, String name, boolean selected) {

    public PabulibProject {
        if (name == null) {
            throw new IllegalArgumentException("project " + id + " needs a name (maybe empty)");
        }
        if (cost <= 0 || votes < 0) {
            throw new IllegalArgumentException("project " + id + " must cost at least 1 euro and have no negative "
                    + "votes: cost " + cost + ", votes " + votes);
        }
    }

    /** The lines of an outcome's projects, in the election's order, named by {@code nameOf} their id. */
    public static List<PabulibProject> of(Outcome outcome, LongFunction<String> nameOf) {
        List<PabulibProject> lines = new ArrayList<>(outcome.projects().size());
        for (ProjectResult r : outcome.projects()) {
            lines.add(new PabulibProject(r.project().id(), r.project().cost(), r.votes(), nameOf.apply(r.project().id()),
                    r.selected()));
        }
        return lines;
    }
}
