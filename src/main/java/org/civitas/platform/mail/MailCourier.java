package org.civitas.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;

/**
 * Sends the outbox's mails over SMTP. A server that stopped while it talked to the SMTP server leaves the mail
 * claimed; another sends it again later (a person may then get it twice, rather than never).
 */
@ApplicationScoped
public class MailCourier extends MailKindCourier<OutboxMail> {

    @Inject
    private MailSender sender;

    @Override
    public Class<OutboxMail> kind() {
        return OutboxMail.class;
    }

    @Override
    public Receipt deliver(OutboxMail mail, boolean interrupted) throws DeliveryFailure {
        sender.send(mail.getRecipient(), mail.getSubject(), mail.getBody(), mail.getAccountId(), mail.getTopic());
        return Receipt.NONE;
    }
}
