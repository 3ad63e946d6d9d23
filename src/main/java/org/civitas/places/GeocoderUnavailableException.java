package org.civitas.places;

import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The address base did not answer (down, slow, refusing): the address is kept as typed, without a pin. */
public class GeocoderUnavailableException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public GeocoderUnavailableException() {
        super(Kind.UNAVAILABLE, "places.unavailable");
    }
}
