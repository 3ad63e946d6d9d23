package org.civitas.funding;

/** What a campaign funds: an accepted proposal, or a participatory budget's project. */
public enum TargetKind {
    PROPOSAL, BUDGET_PROJECT
}
