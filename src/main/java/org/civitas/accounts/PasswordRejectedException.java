package org.civitas.accounts;

import jakarta.ejb.ApplicationException;
import org.civitas.platform.BusinessException;

import java.io.Serial;
import java.util.List;

/**
 * A new password that {@link PasswordPolicy} refuses; carries every reason, as message keys, about the field that held
 * it ({@code password} when registering, {@code next} when changing one's password).
 */
@ApplicationException(rollback = true)
public class PasswordRejectedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public PasswordRejectedException(String field, List<String> reasons) {
        super(Kind.INVALID, field, reasons.get(0));
        this.reasons = List.copyOf(reasons);
    }

    /** The message keys of every rule the password breaks. */
    public List<String> getReasonKeys() {
        return reasons;
    }

    @Override
    public List<Reason> getReasons() {
        return reasons.stream().map(Reason::new).toList();
    }
}
