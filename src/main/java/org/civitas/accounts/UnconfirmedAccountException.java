package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The account has not confirmed its e-mail address yet, and the administrators let unconfirmed accounts do less (see {@link ConfirmationRules}). */
@ApplicationException(rollback = true)
public class UnconfirmedAccountException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UnconfirmedAccountException() {
        super(Kind.FORBIDDEN, "account.unconfirmed");
    }
}
