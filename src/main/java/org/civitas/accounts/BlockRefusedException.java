package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** Administrators cannot be blocked, and nobody blocks their own account. */
@ApplicationException(rollback = true)
public class BlockRefusedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BlockRefusedException() {
        super(Kind.FORBIDDEN, "moderation.blockRefused");
    }
}
