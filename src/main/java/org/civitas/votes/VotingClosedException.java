package org.civitas.votes;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The proposal is answered, withdrawn, past its closing date, or not published. */
@ApplicationException(rollback = true)
public class VotingClosedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public VotingClosedException() {
        super(Kind.CONFLICT, "vote.closed");
    }
}
