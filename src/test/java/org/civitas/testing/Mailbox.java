package org.civitas.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stand-in SMTP server (GreenMail on the port the test server sends to), started before the action whose mail a
 * test reads. Mail that other tests left waiting in the outbox arrives too: a test only looks at its own recipients.
 */
public final class Mailbox implements AutoCloseable {

    private final GreenMail smtp;
    private final Set<MimeMessage> taken = new HashSet<>();

    private Mailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    public static Mailbox start() {
        GreenMail smtp = new GreenMail(new ServerSetup(Portal.mailPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp);
    }

    /** The next mail to the recipient whose subject contains the text, waiting 60 s at most. */
    public MimeMessage await(String recipient, String subject) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (!taken.contains(message) && recipient.equalsIgnoreCase(recipientOf(message))
                        && subjectOf(message).contains(subject)) {
                    taken.add(message);
                    return message;
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No mail \"" + subject + "\" to " + recipient + " within 60 s");
    }

    /** How many mails the recipient received so far. */
    public long countTo(String recipient) {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (recipient.equalsIgnoreCase(recipientOf(message))) {
                count++;
            }
        }
        return count;
    }

    /** The text of a mail, decoded. */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link of the mail to this page, as a path and query relative to the portal's base (the host may differ). */
    public static String link(MimeMessage message, String page) {
        Matcher m = Pattern.compile("https?://[^/\\s]+/(" + Pattern.quote(page) + "\\?\\S+)").matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("No link to " + page + " in: " + text(message));
        }
        return m.group(1);
    }

    private static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
