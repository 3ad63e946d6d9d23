package org.civitas.comments;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** No comment with this id. */
@ApplicationException(rollback = true)
public class CommentNotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CommentNotFoundException() {
        super(Kind.NOT_FOUND, "comment.notFound");
    }
}
