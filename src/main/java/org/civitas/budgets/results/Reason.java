package org.civitas.budgets.results;

/**
 * Why a project is, or is not, funded: what a results page tells each project's supporters, together with the money
 * that was left when the project was passed over ({@link ProjectResult#moneyLeftWhenSkipped()}), e.g. "did not fit:
 * 12,000 € left, cost 40,000 €".
 */
public enum Reason {

    /** Funded, by the rule itself or by its completion. */
    SELECTED,

    /**
     * Its turn came when the money left was less than its cost. Under equal shares: its cost would have fitted in
     * what the rule left, but the completion spent that money on projects with more votes first.
     */
    DID_NOT_FIT,

    /** No ballot approved it: no rule funds a project nobody asked for. */
    NO_VOTES,

    /**
     * Equal shares only: its supporters' shares could not pay for it (from the start, or after paying for projects
     * they preferred), and its cost was more than all the money the rule left, so no completion could add it.
     */
    NOT_AFFORDABLE_BY_SUPPORTERS
}
