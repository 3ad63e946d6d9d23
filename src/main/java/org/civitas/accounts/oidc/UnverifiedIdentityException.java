package org.civitas.accounts.oidc;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The administrators ask for a verified identity for this action, and the account has none (see {@link VerifiedIdentities}). */
@ApplicationException(rollback = true)
public class UnverifiedIdentityException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UnverifiedIdentityException() {
        super(Kind.FORBIDDEN, "account.unverified");
    }
}
