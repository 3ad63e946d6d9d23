package org.civitas.accounts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void longUncommonPasswordIsAccepted() {
        assertTrue(PasswordPolicy.violations("le chat dort sur la Loire", "camille@example.org").isEmpty());
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("xq7-vbn-3kw", null));
        assertTrue(PasswordPolicy.violations("xq7-vbn-3kwp", null).isEmpty());
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Six emoji are twelve UTF-16 units but six characters.
        assertEquals(List.of("password.tooShort"), PasswordPolicy.violations("😀😁😂🤣😃😄", null));
    }

    @Test
    void commonPasswordOfTwelveCharactersIsRefusedWhateverItsCase() {
        assertTrue(CommonPasswords.contains("1qaz2wsx3edc"));
        assertEquals(List.of("password.tooCommon"), PasswordPolicy.violations("1QAZ2WSX3EDC", null));
    }

    @Test
    void shortCommonPasswordGetsBothReasons() {
        assertEquals(List.of("password.tooShort", "password.tooCommon"),
                PasswordPolicy.violations("password", null));
    }

    @Test
    void emailAsPasswordIsRefused() {
        assertEquals(List.of("password.sameAsEmail"),
                PasswordPolicy.violations("Camille@Example.org", "camille@example.org"));
    }

    @Test
    void missingOrBlankPasswordIsRequired() {
        assertEquals(List.of("password.required"), PasswordPolicy.violations(null, null));
        assertEquals(List.of("password.required"), PasswordPolicy.violations("              ", null));
    }

    @Test
    void overlongPasswordIsRefused() {
        assertEquals(List.of("password.tooLong"), PasswordPolicy.violations("a".repeat(129), null));
        assertTrue(PasswordPolicy.violations("ab".repeat(64), null).isEmpty());
    }

    @Test
    void shippedListHoldsTenThousandPasswords() {
        // A few lines of the list differ only by case, so the set is slightly smaller than the file.
        assertTrue(CommonPasswords.size() > 9_900 && CommonPasswords.size() <= 10_000, "size " + CommonPasswords.size());
        assertTrue(CommonPasswords.contains("123456"));
        assertTrue(CommonPasswords.contains("qwerty"));
    }
}
