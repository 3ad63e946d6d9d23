package org.civitas.budgets.results;

import java.util.function.Function;

/**
 * The rules an envelope can be decided by, with the name Pabulib files give them ({@code rule} in {@code META}), so
 * that a published file says which rule to recompute.
 */
public enum BudgetRule {

    /** Most votes first, skipping what no longer fits. */
    GREEDY("greedy", GreedyRule::compute),

    /** The Method of Equal Shares, completed by raising every voter's share a euro at a time (Add1), then greedily. */
    EQUAL_SHARES("equalshares/add1", EqualSharesRule::compute);

    private final String pabulibName;
    private final Function<Election, Outcome> rule;

    BudgetRule(String pabulibName, Function<Election, Outcome> rule) {
        this.pabulibName = pabulibName;
        this.rule = rule;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public Outcome compute(Election election) {
        return rule.apply(election);
    }

    /** The rule a Pabulib file names; another name is an {@link IllegalArgumentException}. */
    public static BudgetRule ofPabulibName(String name) {
        for (BudgetRule r : values()) {
            if (r.pabulibName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule: " + name);
    }
}
