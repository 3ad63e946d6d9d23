package org.civitas.budgets.results;

/**
 * How a ballot was cast, as Pabulib's {@code voting_method} column writes it: results are often compared between the
 * two, and a recount may want to check one channel alone.
 */
public enum VotingMethod {

    INTERNET("internet"),
    PAPER("paper");

    private final String pabulibName;

    VotingMethod(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }
}
