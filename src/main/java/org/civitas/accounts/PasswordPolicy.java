package org.civitas.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be (OWASP ASVS 5.0, section 6.2): at least 12 characters, at most 128 (so that hashing
 * stays cheap), not among the 10,000 most common passwords, and not the account's own email. Composition rules
 * (one digit, one symbol) are deliberately absent: length and rarity matter, and ASVS advises against them.
 * Returns message keys, so the caller shows every reason at once, in the reader's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reasons this password is refused, as message keys; empty when it is acceptable. */
    public static List<String> violations(String password, String email) {
        List<String> reasons = new ArrayList<>(2);
        if (password == null || password.isBlank()) {
            reasons.add("password.required");
            return reasons;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            reasons.add("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            reasons.add("password.tooLong");
        }
        if (CommonPasswords.contains(password)) {
            reasons.add("password.tooCommon");
        }
        if (email != null && !email.isBlank()
                && password.trim().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
            reasons.add("password.sameAsEmail");
        }
        return reasons;
    }
}
