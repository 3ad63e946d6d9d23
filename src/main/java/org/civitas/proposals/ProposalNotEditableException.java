package org.civitas.proposals;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** A proposal can no longer be edited once someone voted on or commented it. */
@ApplicationException(rollback = true)
public class ProposalNotEditableException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ProposalNotEditableException() {
        super(Kind.CONFLICT, "proposal.notEditable");
    }
}
