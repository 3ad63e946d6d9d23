package org.civitas.comments;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** Only its author may edit or delete a comment. */
@ApplicationException(rollback = true)
public class NotTheCommentAuthorException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotTheCommentAuthorException() {
        super(Kind.FORBIDDEN, "comment.notTheAuthor");
    }
}
