package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The password given to confirm a change is not the account's ({@code field}: where it was typed). */
@ApplicationException(rollback = true)
public class WrongPasswordException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String field) {
        super(Kind.INVALID, field, "account.wrongPassword");
    }
}
