package org.civitas.moderation;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** Nobody reports what they wrote themselves (they can edit, delete or withdraw it). */
@ApplicationException(rollback = true)
public class OwnContentReportException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public OwnContentReportException() {
        super(Kind.FORBIDDEN, "report.own");
    }
}
