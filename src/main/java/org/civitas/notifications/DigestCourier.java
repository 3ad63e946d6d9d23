package org.civitas.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.mail.MailSender;
import org.civitas.platform.mail.MailSettings;
import org.civitas.platform.outbox.Courier;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

import java.time.Duration;
import java.util.Optional;

/**
 * Sends the digests a run prepared, through the one outbox and at the mail's rhythm: each is written when it is sent
 * ({@link Digests#letter}); one with nothing left to tell is done without a mail.
 */
@ApplicationScoped
public class DigestCourier implements Courier<DigestMail> {

    @Inject
    private Digests digests;

    @Inject
    private MailSender sender;

    @Inject
    private MailSettings settings;

    @Override
    public Class<DigestMail> kind() {
        return DigestMail.class;
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
    public Receipt deliver(DigestMail digest, boolean interrupted) throws DeliveryFailure {
        Optional<Digests.Letter> letter = digests.letter(digest.getId());
        if (letter.isPresent()) {
            Digests.Letter l = letter.get();
            sender.send(l.recipient(), l.subject(), l.body(), l.accountId(), l.topic());
        }
        return Receipt.NONE;
    }
}
