package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** No active account has this id. */
@ApplicationException(rollback = true)
public class AccountNotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AccountNotFoundException() {
        super(Kind.NOT_FOUND, "account.notFound");
    }
}
