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
import org.civitas.platform.outbox.Courier;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Sends the outbox's mails over SMTP. A server that stopped while it talked to the SMTP server leaves the mail
 * claimed; another sends it again later (a person may then get it twice, rather than never).
 */
@ApplicationScoped
public class MailCourier implements Courier<OutboxMail> {

    @Inject
    private MailSettings settings;

    @Inject
    private Clock clock;

    @Override
    public Class<OutboxMail> kind() {
        return OutboxMail.class;
    }

    @Override
    public boolean enabled() {
        return settings.isEnabled();
    }

    @Override
    public Duration poll() {
        return settings.poll();
    }

    @Override
    public Duration retryBase() {
        return settings.retryBase();
    }

    @Override
    public Duration longestWait() {
        return Duration.ofDays(1);
    }

    @Override
    public int maxAttempts() {
        return settings.maxAttempts();
    }

    @Override
    public Duration staleAfter() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Receipt deliver(OutboxMail mail, boolean interrupted) throws DeliveryFailure {
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
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
            return Receipt.NONE;
        } catch (MessagingException e) {
            throw new DeliveryFailure(null, true, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
