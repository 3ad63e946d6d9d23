package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The link followed is unknown, expired or already used: the person asks for a new one. */
@ApplicationException(rollback = true)
public class LinkExpiredException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public LinkExpiredException() {
        super(Kind.INVALID, "account.linkExpired");
    }
}
