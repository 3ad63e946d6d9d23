package org.civitas.budgets;

/**
 * How a resident fills a ballot: a basket of projects whose costs fit in the envelope's amount (the usual French
 * ballot), or up to a number of projects whatever their costs (approval, the budget's {@code maxChoices}).
 */
public enum BallotKind {
    KNAPSACK,
    APPROVAL
}
