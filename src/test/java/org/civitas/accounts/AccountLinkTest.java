package org.civitas.accounts;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mailed link works until its time is up, once; the rules for unconfirmed accounts survive their setting. */
class AccountLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aResetLinkWorksForOneHourAndNotASecondMore() {
        AccountLink link = new AccountLink(1, AccountLink.Purpose.RESET_PASSWORD, "h", null, NOW);
        assertTrue(link.isUsableAt(NOW.plus(Duration.ofMinutes(59))));
        assertFalse(link.isUsableAt(NOW.plus(Duration.ofHours(1))));
        assertEquals(NOW.plus(Duration.ofHours(1)), link.getExpiresAt());
    }

    @Test
    void aConfirmationLinkWaitsTwoDaysAndAnAddressChangeOne() {
        assertTrue(new AccountLink(1, AccountLink.Purpose.CONFIRM_EMAIL, "h", null, NOW)
                .isUsableAt(NOW.plus(Duration.ofHours(47))));
        assertFalse(new AccountLink(1, AccountLink.Purpose.CHANGE_EMAIL, "h", "a@b.fr", NOW)
                .isUsableAt(NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void aUsedLinkNoLongerWorks() {
        AccountLink link = new AccountLink(1, AccountLink.Purpose.CONFIRM_EMAIL, "h", null, NOW);
        link.use(NOW.plusSeconds(5));
        assertFalse(link.isUsableAt(NOW.plusSeconds(6)));
    }

    @Test
    void whatUnconfirmedAccountsMayDoIsReadBackAsWrittenAndUnknownNamesAreIgnored() {
        EnumSet<ConfirmationRules.Action> some = EnumSet.of(ConfirmationRules.Action.COMMENT,
                ConfirmationRules.Action.SUPPORT);
        assertEquals(some, ConfirmationRules.parse(ConfirmationRules.format(some)));
        assertEquals(EnumSet.noneOf(ConfirmationRules.Action.class),
                ConfirmationRules.parse(ConfirmationRules.format(EnumSet.noneOf(ConfirmationRules.Action.class))));
        assertEquals(EnumSet.of(ConfirmationRules.Action.REPORT), ConfirmationRules.parse("REPORT, DELETE_ALL,"));
    }
}
