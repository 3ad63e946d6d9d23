package org.civitas.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.outbox.Courier;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

import java.time.Duration;

/**
 * Sends the outbox's mails over SMTP. A server that stopped while it talked to the SMTP server leaves the mail
 * claimed; another sends it again later (a person may then get it twice, rather than never).
 */
@ApplicationScoped
public class MailCourier implements Courier<OutboxMail> {

    @Inject
    private MailSettings settings;

    @Inject
    private MailSender sender;

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
        sender.send(mail.getRecipient(), mail.getSubject(), mail.getBody(), mail.getAccountId(), mail.getTopic());
        return Receipt.NONE;
    }
}
