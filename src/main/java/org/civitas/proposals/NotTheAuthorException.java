package org.civitas.proposals;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** Only its author may change a proposal this way. */
@ApplicationException(rollback = true)
public class NotTheAuthorException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotTheAuthorException() {
        super(Kind.FORBIDDEN, "proposal.notTheAuthor");
    }
}
