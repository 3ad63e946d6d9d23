package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** An account already uses this email, whatever its case (a failure about the email field). */
@ApplicationException(rollback = true)
public class EmailTakenException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public EmailTakenException() {
        super(Kind.CONFLICT, "email", "account.emailTaken");
    }
}
