package org.civitas.proposals;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** A status change that {@link ProposalStatus} does not allow, such as withdrawing an answered proposal. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(ProposalStatus from, ProposalStatus to) {
        super(Kind.CONFLICT, "proposal.illegalTransition", from.name(), to.name());
    }
}
