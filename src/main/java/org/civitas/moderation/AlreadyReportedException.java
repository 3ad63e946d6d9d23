package org.civitas.moderation;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** One account reports one item once. */
@ApplicationException(rollback = true)
public class AlreadyReportedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AlreadyReportedException() {
        super(Kind.CONFLICT, "report.already");
    }
}
