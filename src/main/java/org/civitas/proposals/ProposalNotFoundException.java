package org.civitas.proposals;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** No proposal with this id, or a draft the caller may not see. */
@ApplicationException(rollback = true)
public class ProposalNotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ProposalNotFoundException() {
        super(Kind.NOT_FOUND, "proposal.notFound");
    }
}
