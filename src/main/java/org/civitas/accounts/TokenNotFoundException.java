package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** No such token among the caller's. */
@ApplicationException(rollback = true)
public class TokenNotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public TokenNotFoundException() {
        super(Kind.NOT_FOUND, "tokens.notFound");
    }
}
