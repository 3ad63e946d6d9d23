package org.civitas.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.civitas.platform.outbox.DeliveryFailure;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Sends one mail over SMTP, for the couriers of the outbox's mail kinds (a mail, a digest). A mail about a topic one
 * can stop ({@code accountId} and {@code topic} given) carries the one-click unsubscribe of RFC 8058 in its headers,
 * and the page to confirm it with a button in its text, where it says {@link UnsubscribeLinks#PLACEHOLDER}.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    private MailSettings settings;

    @Inject
    private UnsubscribeLinks unsubscribe;

    @Inject
    private Clock clock;

    /** Sends it; a refusal or an unreachable server is a retryable failure. */
    public void send(String recipient, String subject, String body, Long accountId, String topic)
            throws DeliveryFailure {
        try {
            Session session = settings.username().isPresent()
                    ? Session.getInstance(settings.smtp(), new Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(settings.username().get(), settings.password().orElse(""));
                        }
                    })
                    : Session.getInstance(settings.smtp());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            String text = body;
            if (accountId != null && topic != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribe.oneClick(accountId, topic) + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                text = text.replace(UnsubscribeLinks.PLACEHOLDER, unsubscribe.page(accountId, topic));
            }
            message.setText(text, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryFailure(null, true, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
