package org.civitas.comments;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** Threads go three levels deep: a reply to a third-level comment is refused. */
@ApplicationException(rollback = true)
public class ThreadTooDeepException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ThreadTooDeepException() {
        super(Kind.INVALID, "comment.tooDeep");
    }
}
