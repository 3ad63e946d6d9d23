package org.civitas.budgets.results;

import java.util.OptionalLong;

/**
 * One project's line in an envelope's results: its votes, whether it is funded and, when it is not for lack of money,
 * how much was left when it was passed over, so that the page can say why in figures.
 *
 * @param moneyLeftWhenSkipped the whole euros left when the project's turn came and it did not fit; present for
 *                             {@link Reason#DID_NOT_FIT} and {@link Reason#NOT_AFFORDABLE_BY_SUPPORTERS} only
 */
public record ProjectResult(Candidate project, int votes, Reason reason, OptionalLong moneyLeftWhenSkipped) {

    public ProjectResult {
        boolean skipped = reason == Reason.DID_NOT_FIT || reason == Reason.NOT_AFFORDABLE_BY_SUPPORTERS;
        if (skipped != moneyLeftWhenSkipped.isPresent()) {
            throw new IllegalArgumentException("the money left goes with a project skipped for lack of money, "
                    + "not with " + reason);
        }
    }

    public boolean selected() {
        return reason == Reason.SELECTED;
    }
}
