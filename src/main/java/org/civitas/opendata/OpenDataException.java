package org.civitas.opendata;

import org.civitas.platform.BusinessException;

import java.io.Serial;

/** A request for open data that cannot be answered as asked: an unknown dataset, a bad {@code since} or cursor. */
public class OpenDataException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public OpenDataException(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
