package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** An administrator may not remove their own ADMIN role, so that the portal never loses its last administrator by mistake. */
@ApplicationException(rollback = true)
public class OwnAdminRoleException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public OwnAdminRoleException() {
        super(Kind.CONFLICT, "admin.ownAdminRole");
    }
}
