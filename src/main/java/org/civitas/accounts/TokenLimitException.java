package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** An account keeps a bounded number of active tokens: revoke one to create another. */
@ApplicationException(rollback = true)
public class TokenLimitException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public TokenLimitException(int max) {
        super(Kind.CONFLICT, "tokens.limit", max);
    }
}
