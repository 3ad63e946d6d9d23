package org.civitas.proposals;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** An upload that is not a usable JPEG, PNG or WebP photo of at most 5 MB; the key says which. */
@ApplicationException(rollback = true)
public class PhotoRejectedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PhotoRejectedException(String messageKey) {
        super(Kind.INVALID, messageKey);
    }
}
