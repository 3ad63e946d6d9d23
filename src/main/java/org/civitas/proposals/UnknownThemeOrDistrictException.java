package org.civitas.proposals;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;

/** The theme or district code names nothing. */
@ApplicationException(rollback = true)
public class UnknownThemeOrDistrictException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public UnknownThemeOrDistrictException() {
        super(Kind.INVALID, "proposal.unknownThemeOrDistrict");
    }
}
