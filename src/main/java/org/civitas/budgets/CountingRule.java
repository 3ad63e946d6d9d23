package org.civitas.budgets;

/**
 * How the winners of an envelope are chosen when the vote closes: most votes first, skipping what no longer fits
 * (Pabulib's {@code greedy}), or the Method of Equal Shares with cost utilities and its usual completion (Pabulib's
 * {@code equalshares/add1}), which gives each group of voters a fair share of the money.
 */
public enum CountingRule {
    GREEDY,
    EQUAL_SHARES
}
