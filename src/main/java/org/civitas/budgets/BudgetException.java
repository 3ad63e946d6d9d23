package org.civitas.budgets;

import org.civitas.platform.BusinessException;

import java.io.Serial;

/** What a budget's rules refuse, with the message that says why (a 409 from the API, a message on the page). */
public class BudgetException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    BudgetException(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The budget's current phase does not allow this: the message names the phase it is in. */
    static BudgetException outOfPhase(Phase current) {
        return new BudgetException(Kind.CONFLICT, "budget.outOfPhase." + current.name());
    }

    static BudgetException envelopeNotFound() {
        return new BudgetException(Kind.NOT_FOUND, "budget.envelopeNotFound");
    }

    static BudgetException notFound() {
        return new BudgetException(Kind.NOT_FOUND, "budget.notFound");
    }
}
