package org.civitas.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.PublicPage;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailOutbox;
import org.civitas.platform.mail.MailSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The mail an account receives about itself, in its language, written to the one outbox in the transaction of the
 * change (a rolled-back change sends nothing). Links carry a single-use token ({@link AccountLinks}); they lead to a
 * page that asks for a click or a password before anything changes, so a mail scanner that opens links uses none.
 */
@ApplicationScoped
class AccountMails {

    /** The page a confirmation link opens (an address at registration, or a new address). */
    static final String CONFIRM_PAGE = PublicPage.CONFIRM_ADDRESS.address();
    /** The page a password-reset link opens. */
    static final String RESET_PAGE = PublicPage.RESET_PASSWORD.address();

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSettings mail;

    /** The link that proves the address given at registration. */
    String confirmationLink(String token) {
        return link(CONFIRM_PAGE, token, "email");
    }

    void confirmAddress(Account account, String token) {
        Locale locale = account.getLocale();
        outbox.enqueue(account.getEmail(), Texts.get(locale, "accountMail.confirm.subject"),
                Texts.get(locale, "accountMail.confirm.body", account.getDisplayName(), confirmationLink(token),
                        AccountLink.Purpose.CONFIRM_EMAIL.minutes() / 60));
    }

    void resetPassword(Account account, String token) {
        Locale locale = account.getLocale();
        outbox.enqueue(account.getEmail(), Texts.get(locale, "accountMail.reset.subject"),
                Texts.get(locale, "accountMail.reset.body", account.getDisplayName(), link(RESET_PAGE, token, null)));
    }

    void passwordChanged(Account account) {
        Locale locale = account.getLocale();
        outbox.enqueue(account.getEmail(), Texts.get(locale, "accountMail.passwordChanged.subject"),
                Texts.get(locale, "accountMail.passwordChanged.body", account.getDisplayName(),
                        mail.publicUrl() + PublicPage.FORGOT_PASSWORD.address()));
    }

    /** To the new address: the link that proves it. To the old one: the news, so a stolen session is noticed. */
    void emailChangeRequested(Account account, String newEmail, String token) {
        Locale locale = account.getLocale();
        outbox.enqueue(newEmail, Texts.get(locale, "accountMail.changeConfirm.subject"),
                Texts.get(locale, "accountMail.changeConfirm.body", account.getDisplayName(),
                        link(CONFIRM_PAGE, token, "change"), AccountLink.Purpose.CHANGE_EMAIL.minutes() / 60));
        outbox.enqueue(account.getEmail(), Texts.get(locale, "accountMail.changeRequested.subject"),
                Texts.get(locale, "accountMail.changeRequested.body", account.getDisplayName(), newEmail,
                        mail.publicUrl() + PublicPage.FORGOT_PASSWORD.address()));
    }

    void emailChanged(String oldEmail, Account account) {
        Locale locale = account.getLocale();
        outbox.enqueue(oldEmail, Texts.get(locale, "accountMail.changed.subject"),
                Texts.get(locale, "accountMail.changed.body", account.getDisplayName(), account.getEmail()));
    }

    private String link(String page, String token, String what) {
        return mail.publicUrl() + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + (what == null ? "" : "&what=" + what);
    }
}
