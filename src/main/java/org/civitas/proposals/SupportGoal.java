package org.civitas.proposals;

/**
 * How many supports a published proposal needs to go before the elected officials: what lists and pages show as a
 * proposal's progress ("18 / 25 supports"). The votes own the threshold and implement this; proposals only read it,
 * so that a list of proposals depends on no other feature.
 */
public interface SupportGoal {

    /** The supports needed today (the threshold applied to the registered citizens, read at most once a minute). */
    long requiredSupports();
}
