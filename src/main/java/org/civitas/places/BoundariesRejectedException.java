package org.civitas.places;

import org.civitas.platform.BusinessException;

import java.io.Serial;

/** An uploaded GeoJSON file that cannot be district boundaries; the message says which feature and why. */
public class BoundariesRejectedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BoundariesRejectedException(String messageKey, Object... arguments) {
        super(Kind.BAD_REQUEST, messageKey, arguments);
    }
}
