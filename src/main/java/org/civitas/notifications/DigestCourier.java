package org.civitas.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.mail.MailKindCourier;
import org.civitas.platform.mail.MailSender;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

import java.util.Optional;

/**
 * Sends the digests a run prepared, through the one outbox and at the mail's rhythm: each is written when it is sent
 * ({@link Digests#letter}); one with nothing left to tell is done without a mail.
 */
@ApplicationScoped
public class DigestCourier extends MailKindCourier<DigestMail> {

    @Inject
    private Digests digests;

    @Inject
    private MailSender sender;

    @Override
    public Class<DigestMail> kind() {
        return DigestMail.class;
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
