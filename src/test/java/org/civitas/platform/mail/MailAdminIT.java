package org.civitas.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.civitas.testing.Browser;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail the outbox gave up on is listed for administrators with the server's answer and sent again by hand, one (in
 * the browser, without script) or all at once, each sending again in the audit log; what cannot be sent again says so.
 */
@ExtendWith(Portal.class)
class MailAdminIT {

    private final URL base = Portal.base();

    @Test
    void anAdministratorSendsGivenUpMailAgain() throws Exception {
        PortalClient fixtures = new PortalClient(base.toURI());
        String tag = PortalClient.uniqueEmail("x").split("@")[0];
        List<String> recipients = List.of("r1-" + tag + "@civitas.test", "r2-" + tag + "@civitas.test",
                "r3-" + tag + "@civitas.test");
        long first = deadMail(fixtures, recipients.get(0));
        deadMail(fixtures, recipients.get(1));
        deadMail(fixtures, recipients.get(2));

        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String page = admin.get("admin/mail.xhtml").body();
        assertTrue(page.contains(recipients.get(0)) && page.contains("550 5.1.1 Mailbox unavailable"),
                "listed with the server's answer");
        assertTrue(page.contains("Renvoyer tous les courriels abandonnés"));

        GreenMail smtp = new GreenMail(new ServerSetup(Portal.mailPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            try (Browser browser = Browser.start()) {
                WebDriver driver = browser.driver();
                browser.signIn(base, "en", TestAccounts.ADMIN_EMAIL);
                driver.findElement(By.linkText("Administration")).click();
                driver.findElement(By.linkText("Mail")).click();
                Browser.waitForMain(driver, recipients.get(2));
                for (int width : new int[]{1280, 390}) {
                    browser.resize(width, 1200);
                    browser.assertAccessible();
                    Browser.assertNoSidewaysScroll(driver);
                    browser.screenshot("admin-mail-dead-en-" + width);
                }
                driver.get(base + "admin/mail.xhtml?lang=fr");
                browser.assertAccessible();
                browser.screenshot("admin-mail-dead-fr-390");
                browser.resize(1280, 1200);
                driver.findElement(By.cssSelector("button[name='retryMail'][value='" + first + "']")).click();
                Browser.waitForMain(driver, "Le courriel sera renvoyé dans la minute.");
                browser.assertAccessible();
            }
            assertEquals(Set.of(recipients.get(0)), awaitMail(smtp, recipients, 1));
            page = admin.get("admin/mail.xhtml").body();
            assertFalse(page.contains(recipients.get(0)), "no longer given up");
            assertTrue(page.contains(recipients.get(1)), "the others wait for a decision");

            HttpResponse<String> again = admin.submitFormPairs("admin/mail.xhtml", "mailForm", "retryMail",
                    List.of(Map.entry("retryMail", String.valueOf(first))));
            assertEquals(200, again.statusCode(), "a mail already sent is not sent twice, and says why");
            assertTrue(again.body().contains("Seul un message dont l’envoi a échoué peut être renvoyé."));

            HttpResponse<String> all = admin.submitForm("admin/mail.xhtml", "mailForm", "retryAllMail", Map.of());
            assertEquals(302, all.statusCode(), all.body());
            assertTrue(admin.follow(all).body().contains("seront renvoyés dans la minute."));
            assertEquals(Set.copyOf(recipients), awaitMail(smtp, recipients, 3));
            assertEquals(3, Arrays.stream(smtp.getReceivedMessages()).map(MailAdminIT::recipient)
                    .filter(recipients::contains).count(), "each sent once");
        } finally {
            smtp.stop();
        }
        String audit = admin.get("admin/audit.xhtml?action=MAIL_RETRIED").body();
        assertTrue(audit.contains("Courriel n° " + first), "written to the audit log: " + audit);
    }

    @Test
    void aCitizenCannotSendMailAgain() throws Exception {
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Curieux Courriel");
        assertEquals(403, citizen.get("admin/mail.xhtml").statusCode());
    }

    private static long deadMail(PortalClient fixtures, String recipient) {
        HttpResponse<String> made = fixtures.sendJson("POST", "api/test-fixtures/dead-mail?recipient="
                + URLEncoder.encode(recipient, StandardCharsets.UTF_8) + "&error="
                + URLEncoder.encode("550 5.1.1 Mailbox unavailable", StandardCharsets.UTF_8), "");
        assertEquals(200, made.statusCode(), made.body());
        return TestProposals.number(made.body(), "id");
    }

    /** Waits (30 s at most) until this many of these recipients got a mail; returns who did. */
    private static Set<String> awaitMail(GreenMail smtp, List<String> recipients, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        Set<String> got = Set.of();
        while (Instant.now().isBefore(until)) {
            got = Arrays.stream(smtp.getReceivedMessages()).map(MailAdminIT::recipient).filter(recipients::contains)
                    .collect(Collectors.toSet());
            if (got.size() >= count) {
                return got;
            }
            Thread.sleep(250);
        }
        return got;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
