package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The current password given to confirm a change is not the account's. */
@ApplicationException(rollback = true)
public class WrongPasswordException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super(Kind.INVALID, "account.wrongPassword");
    }
}
