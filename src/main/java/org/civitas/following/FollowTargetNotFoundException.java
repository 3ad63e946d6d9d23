package org.civitas.following;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** Nothing of that kind with that id that one may follow: an unknown, hidden or retired thing, or oneself. */
@ApplicationException(rollback = true)
public class FollowTargetNotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public FollowTargetNotFoundException() {
        super(Kind.NOT_FOUND, "follow.notFound");
    }
}
