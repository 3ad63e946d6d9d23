package org.civitas.platform;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * A failure the user can understand and act on. It carries a message key (from the {@code messages} bundle) and its
 * arguments rather than a text, so that views and REST translate it into the caller's language; it rolls the
 * transaction back so that nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How a REST client should see this failure; views ignore it. */
    public enum Kind { BAD_REQUEST, INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_MANY }

    private final String messageKey;
    private final transient Object[] arguments;
    private final Kind kind;

    public BusinessException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public Kind getKind() {
        return kind;
    }
}
