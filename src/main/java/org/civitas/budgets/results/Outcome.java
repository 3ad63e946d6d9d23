package org.civitas.budgets.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An envelope's result under one rule: every project with its votes and why it is funded or not, the funded ones in
 * the order the rule chose them (the order a results page tells the story in), what they cost and what is left.
 * <p>
 * Under equal shares it also keeps the share each voter was finally given ({@link #endowment()}), which tells how far
 * the Add1 completion raised it above budget / voters, and how many runs the completion took, so that a published
 * result can be recomputed and its cost explained.
 */
public final class Outcome {

    private final BudgetRule rule;
    private final long budget;
    private final List<ProjectResult> projects;
    private final List<ProjectResult> selected;
    private final long totalCost;
    private final int selectedByCompletion;
    private final Rational endowment;
    private final int completionSteps;
    private final int equalSharesRuns;

    private Outcome(Builder b, Rational endowment, int completionSteps, int equalSharesRuns) {
        this.rule = b.rule;
        this.budget = b.election.budget();
        List<Candidate> candidates = b.election.projects();
        List<ProjectResult> all = new ArrayList<>(candidates.size());
        for (int p = 0; p < candidates.size(); p++) {
            if (b.reasons[p] == null) {
                throw new IllegalStateException("the rule left project " + candidates.get(p).id() + " without a reason");
            }
            OptionalLong left = b.moneyLeft[p] < 0 ? OptionalLong.empty() : OptionalLong.of(b.moneyLeft[p]);
            all.add(new ProjectResult(candidates.get(p), b.election.votes(p), b.reasons[p], left));
        }
        this.projects = Collections.unmodifiableList(all);
        List<ProjectResult> chosen = new ArrayList<>(b.count);
        long cost = 0;
        for (int i = 0; i < b.count; i++) {
            chosen.add(all.get(b.order[i]));
            cost += candidates.get(b.order[i]).cost();
        }
        this.selected = Collections.unmodifiableList(chosen);
        this.totalCost = cost;
        this.selectedByCompletion = b.completionStart < 0 ? 0 : b.count - b.completionStart;
        this.endowment = endowment;
        this.completionSteps = completionSteps;
        this.equalSharesRuns = equalSharesRuns;
    }

    public BudgetRule rule() {
        return rule;
    }

    public long budget() {
        return budget;
    }

    /** Every project of the election, in the election's order. */
    public List<ProjectResult> projects() {
        return projects;
    }

    /** The funded projects in the order they were chosen (the completion's last). */
    public List<ProjectResult> selected() {
        return selected;
    }

    /** The line of the project with this id; an unknown id is an {@link IllegalArgumentException}. */
    public ProjectResult project(long id) {
        for (ProjectResult r : projects) {
            if (r.project().id() == id) {
                return r;
            }
        }
        throw new IllegalArgumentException("no project " + id + " in this election");
    }

    /** The ids of the funded projects in the order they were chosen: handy to compare two outcomes. */
    public long[] selectedIds() {
        return selected.stream().mapToLong(r -> r.project().id()).toArray();
    }

    public long totalCost() {
        return totalCost;
    }

    public long moneyLeft() {
        return budget - totalCost;
    }

    /** How many of the last {@link #selected()} projects the greedy completion added, after the rule itself. */
    public int selectedByCompletion() {
        return selectedByCompletion;
    }

    /**
     * Equal shares only: the share every voter started the kept run with, budget / voters plus the Add1 completion's
     * whole euros (zero when nobody voted).
     */
    public Optional<Rational> endowment() {
        return Optional.ofNullable(endowment);
    }

    /** Equal shares only: how many euros the Add1 completion added to each voter's share in the kept run. */
    public int completionSteps() {
        return completionSteps;
    }

    /** Equal shares only: how many times the method ran, including a last run that overspent and was dropped. */
    public int equalSharesRuns() {
        return equalSharesRuns;
    }

    @Override
    public String toString() {
        return rule.pabulibName() + " " + Arrays.toString(selectedIds()) + " cost " + totalCost + " of " + budget
                + (endowment == null ? "" : ", share " + endowment + " after " + completionSteps + " step(s)");
    }

    /** What a rule writes as it decides, project by project; the outcome is read from it once complete. */
    static final class Builder {

        private final BudgetRule rule;
        private final Election election;
        private final Reason[] reasons;
        private final long[] moneyLeft;
        private final int[] order;
        private int count;
        private int completionStart = -1;

        Builder(BudgetRule rule, Election election) {
            this.rule = rule;
            this.election = election;
            int m = election.projectCount();
            this.reasons = new Reason[m];
            this.moneyLeft = new long[m];
            Arrays.fill(moneyLeft, -1);
            this.order = new int[m];
        }

        void select(int project) {
            reasons[project] = Reason.SELECTED;
            order[count++] = project;
        }

        /** From now on, selections are the completion's. */
        void completionStarts() {
            completionStart = count;
        }

        void skip(int project, Reason reason, long left) {
            reasons[project] = reason;
            moneyLeft[project] = left;
        }

        void noVotes(int project) {
            reasons[project] = Reason.NO_VOTES;
        }

        boolean isSelected(int project) {
            return reasons[project] == Reason.SELECTED;
        }

        Outcome build() {
            return new Outcome(this, null, 0, 0);
        }

        Outcome build(Rational endowment, int completionSteps, int equalSharesRuns) {
            return new Outcome(this, endowment, completionSteps, equalSharesRuns);
        }
    }
}
