package org.civitas.platform;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;
import java.util.List;

/**
 * A failure the user can understand and act on. It carries a message key (from the {@code messages} bundle) and its
 * arguments rather than a text, so that views and REST translate it into the caller's language; it rolls the
 * transaction back so that nothing is half-written. A failure about one field of what the user sent names it
 * ({@link #getField}): a form shows the message next to that field, a problem-details body lists it under it.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How a REST client should see this failure (UNAVAILABLE: a service the portal calls is down); views ignore it. */
    public enum Kind { BAD_REQUEST, INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_MANY, UNAVAILABLE }

    /** One message of a failure: a key of the {@code messages} bundle and its arguments. */
    public record Reason(String messageKey, Object... arguments) {
    }

    private final String messageKey;
    private final transient Object[] arguments;
    private final Kind kind;
    private final String field;

    public BusinessException(Kind kind, String messageKey, Object... arguments) {
        this(kind, null, messageKey, arguments);
    }

    /** A failure about one field of what the user sent (its form field's id, its JSON property). */
    protected BusinessException(Kind kind, String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A failure about one field, for features whose rules name the field they concern. */
    public static BusinessException ofField(Kind kind, String field, String messageKey, Object... arguments) {
        return new BusinessException(kind, field, messageKey, arguments);
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

    /** The field the failure concerns, or null when it concerns the whole request. */
    public String getField() {
        return field;
    }

    /** Every message the failure has for the user: its own, unless a subclass has several (each rule broken). */
    public List<Reason> getReasons() {
        return List.of(new Reason(messageKey, getArguments()));
    }
}
