package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;
import java.util.List;

/** A new password that {@link PasswordPolicy} refuses; carries every reason, as message keys. */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public PasswordRejectedException(List<String> reasons) {
        super(Kind.INVALID, reasons.get(0));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> getReasons() {
        return reasons;
    }
}
