package org.civitas.comments;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** A comment can be edited only within 15 minutes, and never once deleted. */
@ApplicationException(rollback = true)
public class CommentNotEditableException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public CommentNotEditableException() {
        super(Kind.CONFLICT, "comment.notEditable");
    }
}
