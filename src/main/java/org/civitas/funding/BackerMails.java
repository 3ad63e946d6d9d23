package org.civitas.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.platform.Euros;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailOutbox;
import org.civitas.platform.mail.MailSettings;

import java.util.List;
import java.util.Locale;

/**
 * What backers are told by mail, in the language they pledged in, written to the one outbox in the transaction that
 * moved their money (a rolled-back change tells nothing): their payment taken (with its receipt), refunded, and how
 * the campaign ended (one statement per language, however many backers).
 */
@ApplicationScoped
class BackerMails {

    private static final List<String> LANGUAGES = List.of("fr", "en");

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSettings mail;

    @Inject
    private AccountService accounts;

    /** The money was taken: thanks, and where the receipt is. */
    void paid(Pledge pledge, Campaign campaign) {
        tell(pledge, "fundingMail.paid", campaign.getTitle(), mail.publicUrl() + "/api/funding/receipts/payments/"
                + pledge.getPublicKey(), mail.publicUrl() + "/account/contributions.xhtml");
    }

    /** The money was given back. */
    void refunded(Pledge pledge, Campaign campaign) {
        tell(pledge, "fundingMail.refunded", campaign.getTitle(), mail.publicUrl() + "/account/contributions.xhtml", "");
    }

    /**
     * The campaign closed: every backer counted now is told whether the goal was reached (their payment taken) or not
     * (their payment cancelled or refunded: nothing kept).
     */
    void closed(Campaign campaign, CampaignStatus outcome) {
        String key = outcome == CampaignStatus.SUCCEEDED ? "fundingMail.succeeded" : "fundingMail.failed";
        String link = mail.publicUrl() + "/campaign/" + campaign.getId();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            outbox.enqueueToEach("SELECT DISTINCT a.email, a.id FROM funding_pledge p JOIN account a"
                            + " ON a.id = p.account_id WHERE p.campaign_id = ? AND p.counted = TRUE"
                            + " AND a.deleted_at IS NULL AND " + (language.equals("fr")
                            ? "p.locale NOT IN ('en')" : "p.locale = 'en'"),
                    List.of(campaign.getId()), null,
                    Texts.get(locale, key + ".subject", campaign.getTitle()),
                    Texts.get(locale, key + ".body", campaign.getTitle(),
                            Euros.cents(campaign.getRaisedCents(), locale),
                            Euros.cents(campaign.getGoalCents(), locale), campaign.getBackers(), link));
        }
    }

    /** A visitor's link to confirm their pledge (and the account it opens or uses). */
    void visitorLink(String email, String name, Campaign campaign, long amountCents, Locale locale, String token,
                     long hours) {
        outbox.enqueue(email, Texts.get(locale, "fundingMail.visitor.subject", campaign.getTitle()),
                Texts.get(locale, "fundingMail.visitor.body", name, campaign.getTitle(),
                        Euros.cents(amountCents, locale), mail.publicUrl() + "/funding/confirm.xhtml?t=" + token,
                        hours));
    }

    private void tell(Pledge pledge, String key, String title, String first, String second) {
        if (pledge.getAccountId() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(pledge.getLocale());
        accounts.findActive(pledge.getAccountId()).map(Account::getEmail).ifPresent(email -> outbox.enqueue(email,
                Texts.get(locale, key + ".subject", title),
                Texts.get(locale, key + ".body", pledge.getBackerName(), title,
                        Euros.cents(pledge.getAmountCents(), locale), first, second)));
    }
}
