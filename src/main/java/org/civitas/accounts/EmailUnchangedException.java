package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The new address asked for is the account's own already. */
@ApplicationException(rollback = true)
public class EmailUnchangedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public EmailUnchangedException() {
        super(Kind.INVALID, "newEmail", "account.emailUnchanged");
    }
}
