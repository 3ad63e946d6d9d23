package org.civitas.funding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.EmailTakenException;
import org.civitas.accounts.Role;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainLine;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailSettings;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A backer's pledge through the provider, outside any transaction: the pledge is reserved (one short transaction),
 * the provider opens its payment (no transaction: a slow provider holds no lock), the payment's id is kept (another
 * one); a provider that is down cancels the pledge and gives its reward back, and the backer is told nothing was
 * taken. Then the provider's notifications and answers move the pledge ({@link FundingStore#apply}), a payment
 * authorised after its campaign closed being captured or cancelled at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Pledging {

    private static final Logger LOG = Logger.getLogger(Pledging.class.getName());

    @Inject
    private FundingStore store;

    @Inject
    private Payments payments;

    @Inject
    private AccountService accounts;

    @Inject
    private MailSettings mail;

    @Resource
    private SessionContext session;

    /** Where the backer goes to pay, and the pledge's key (its return page). */
    public record Started(String key, String redirectUrl) {
    }

    /**
     * Pledges {@code amountCents} to a campaign, with a reward or none; {@code base} is the portal's public address
     * (return and notification addresses).
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Started pledge(long campaignId, @Min(100) @Max(10_000_000_000L) long amountCents, Long rewardId,
                          boolean anonymous, @NotNull String base) {
        PaymentProvider provider = provider();
        long accountId = Callers.requireAccountId(session);
        Account account = accounts.findActive(accountId).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.FORBIDDEN, "funding.noAccount"));
        String locale = account.getLocale() == null ? "fr" : account.getLocale().getLanguage();
        return open(provider, store.reserve(campaignId, accountId, account.getDisplayName(), anonymous, amountCents,
                rewardId, provider.id(), locale), locale, base, "/funding/return.xhtml?pledge=");
    }

    /**
     * A visitor without an account (or not signed in) asks to pledge with their address: nothing is reserved yet; a
     * link to confirm is mailed to them (in their language). {@code from} is the network address the request came
     * from (the limits). Refused when the portal sends no mail.
     */
    @PermitAll
    public void askAsVisitor(long campaignId, @Min(100) @Max(10_000_000_000L) long amountCents, Long rewardId,
                             boolean anonymous, @NotBlank @Size(max = 120) @PlainLine String name,
                             @NotBlank @Email @Size(max = 254) String email, @NotNull Locale locale,
                             @NotBlank String from) {
        provider();
        if (!mail.isEnabled()) {
            throw new BusinessException(BusinessException.Kind.UNAVAILABLE, "funding.visitorNoMail");
        }
        store.visitorAsked(campaignId, email, name, amountCents, rewardId, anonymous,
                Texts.supported(locale).getLanguage(), from);
    }

    /** What a visitor's link asks to confirm, while it is usable. */
    @PermitAll
    public Optional<VisitorPledge> visitorPledge(String token) {
        return store.visitorPledge(token);
    }

    /**
     * The visitor confirms the pledge their link holds: their address is proved, so the pledge is theirs (the account of
     * that address, opened now without a password if there was none: they may choose one later, "forgotten
     * password"), reserved and opened at the provider as a resident's is; they come back to the thanks page. The link
     * is used once; it works again when the pledge could not be made (the reward gone, the service down).
     */
    @PermitAll
    public Started confirmAsVisitor(String token, @NotNull String base) {
        PaymentProvider provider = provider();
        VisitorPledge asked = store.visitorConfirmed(token).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.NOT_FOUND, "funding.visitorLinkUnknown"));
        try {
            long accountId = accountOf(asked);
            return open(provider, store.reserve(asked.getCampaignId(), accountId, asked.getBackerName(),
                    asked.isAnonymous(), asked.getAmountCents(), asked.getRewardId(), provider.id(), asked.getLocale()),
                    asked.getLocale(), base, "/funding/thanks.xhtml?pledge=");
        } catch (RuntimeException e) {
            store.visitorReleased(asked.getId());
            throw e;
        }
    }

    /** The account of the visitor's (now proved) address: theirs if it exists and may pledge, else a new one. */
    private long accountOf(VisitorPledge asked) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Account> known = accounts.findByEmail(asked.getEmail());
            if (known.isPresent()) {
                if (known.get().isDeleted() || known.get().isBlocked()) {
                    throw new BusinessException(BusinessException.Kind.FORBIDDEN, "funding.noAccount");
                }
                return known.get().getId();
            }
            try {
                return accounts.openWithoutPassword(asked.getEmail(), asked.getBackerName(),
                        Locale.forLanguageTag(asked.getLocale()), true).getId();
            } catch (EmailTakenException e) {
                // opened meanwhile by the same visitor's other click: found on the next turn
            }
        }
        throw new BusinessException(BusinessException.Kind.CONFLICT, "funding.visitorLinkUnknown");
    }

    /** The payment opened at the provider for a reserved pledge (or the pledge cancelled when it is down). */
    private Started open(PaymentProvider provider, FundingStore.Ticket ticket, String locale, String base,
                         String returnPage) {
        PaymentProvider.Checkout checkout;
        try {
            checkout = provider.start(new PaymentProvider.PaymentRequest(ticket.key(), ticket.amountCents(),
                    ticket.campaignTitle(), locale, base + returnPage + ticket.key(),
                    base + "/api/funding/notifications/" + provider.id(), ticket.captureLater()));
        } catch (PaymentFailure e) {
            LOG.log(Level.WARNING, "Pledge {0}: the payment service did not open a payment: {1}",
                    new Object[]{ticket.pledgeId(), e.getMessage()});
            store.abandoned(ticket.pledgeId());
            throw new BusinessException(BusinessException.Kind.UNAVAILABLE, "funding.providerDown");
        }
        store.started(ticket.pledgeId(), checkout.paymentId());
        return new Started(ticket.key(), checkout.redirectUrl());
    }

    private PaymentProvider provider() {
        return payments.current().orElseThrow(() -> new BusinessException(BusinessException.Kind.UNAVAILABLE,
                "funding.noProvider"));
    }

    /** What became of a notification. */
    public enum Received { APPLIED, UNKNOWN_PROVIDER, BAD_SIGNATURE }

    /**
     * A notification from a provider: applied when its signature holds (a repeat changes nothing); refused when it
     * does not (the caller answers 401, and a genuine provider sends it again later).
     */
    @PermitAll
    public Received notified(String providerId, String body, Function<String, String> header) {
        Optional<PaymentProvider> provider = payments.byId(providerId);
        if (provider.isEmpty()) {
            return Received.UNKNOWN_PROVIDER;
        }
        Optional<PaymentProvider.Notification> notification = provider.get().verify(body, header);
        if (notification.isEmpty()) {
            return Received.BAD_SIGNATURE;
        }
        settle(provider.get(), applyPatiently(providerId, notification.get()));
        return Received.APPLIED;
    }

    /**
     * Applies a notification, trying again twice when the database gave up on a lock (notifications of one campaign
     * arriving together wait on its row; Derby may call that a deadlock): what still fails answers 503 and the provider
     * sends it again.
     */
    private FundingStore.Applied applyPatiently(String providerId, PaymentProvider.Notification notification) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.apply(providerId, notification.eventId(), notification.payment());
            } catch (BusinessException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.log(Level.INFO, "Notification {0} tried again: {1}", new Object[]{notification.eventId(),
                        e.getClass().getSimpleName()});
                try {
                    Thread.sleep(50L * attempt * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * The backer is back on the return page: their pledge (nobody else's) as the provider sees it now (a notification may be late or
     * lost). Asking changes nothing when the provider does not answer: the page says "being confirmed".
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public Optional<Pledge> returned(String key) {
        long caller = Callers.requireAccountId(session);
        Optional<Pledge> pledge = store.pledgeByKey(key).filter(p -> p.getAccountId() != null
                && p.getAccountId() == caller);
        if (pledge.isEmpty()) {
            return pledge;
        }
        check(pledge.get());
        return store.pledgeByKey(key);
    }

    /**
     * An official gives a backer's money back (a backer who asked, a mistake): a payment taken is refunded, one only
     * authorised is cancelled; the reason goes to the audit log and the backer is told by mail. Refused for a pledge
     * whose money is neither held nor taken, and when the provider does not answer (nothing changes: try again).
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Pledge refund(long pledgeId, @NotBlank @Size(max = 500) @PlainLine String reason) {
        Pledge pledge = store.pledge(pledgeId).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.NOT_FOUND, "funding.pledgeNotFound"));
        if (!pledge.getState().counted() || pledge.getPaymentId() == null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "funding.notRefundable");
        }
        PaymentProvider provider = payments.byId(pledge.getProvider()).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.CONFLICT, "funding.providerUnknown", pledge.getProvider()));
        PaymentProvider.PaymentReport report;
        try {
            report = pledge.getState() == PledgeState.PAID ? provider.refund(pledge.getPaymentId())
                    : provider.cancel(pledge.getPaymentId());
        } catch (PaymentFailure e) {
            LOG.log(Level.WARNING, "Pledge {0}: the refund was not done: {1}", new Object[]{pledgeId, e.getMessage()});
            throw new BusinessException(BusinessException.Kind.UNAVAILABLE, "funding.providerDown");
        }
        store.apply(provider.id(), null, report);
        return store.refunded(pledgeId, reason);
    }

    /**
     * A visitor back from the provider (the thanks page): the pledge its key names, as the provider sees it now. The key
     * (144 random bits, only in the return address) is the visitor's proof; the page shows no one's name.
     */
    @PermitAll
    public Optional<Pledge> thanks(String key) {
        Optional<Pledge> pledge = store.pledgeByKey(key);
        pledge.ifPresent(this::check);
        return pledge.isEmpty() ? pledge : store.pledgeByKey(key);
    }

    /** Asks the provider about a pledge and applies the answer (the return page, reconciliation). */
    @PermitAll
    public void check(Pledge pledge) {
        if (pledge.getPaymentId() == null || pledge.getState().finished()
                || (pledge.getState() == PledgeState.PAID && store.followUp(pledge.getId()).isEmpty())) {
            return;
        }
        Optional<PaymentProvider> provider = payments.byId(pledge.getProvider());
        if (provider.isEmpty()) {
            return;
        }
        try {
            settle(provider.get(), store.apply(pledge.getProvider(), null, provider.get().status(pledge.getPaymentId())));
        } catch (PaymentFailure e) {
            LOG.log(Level.INFO, "Pledge {0} not checked: {1}", new Object[]{pledge.getId(), e.getMessage()});
            store.checked(pledge.getId());
        }
    }

    /**
     * What a closed campaign asks of a payment: an authorised one captured (it succeeded) or cancelled (it failed), one
     * taken for a campaign that failed refunded.
     */
    @PermitAll
    public void settle(PaymentProvider provider, FundingStore.Applied applied) {
        if (applied.followUp() == FundingStore.Applied.FollowUp.NONE || applied.paymentId() == null) {
            return;
        }
        try {
            PaymentProvider.PaymentReport report = switch (applied.followUp()) {
                case CAPTURE -> provider.capture(applied.paymentId());
                case REFUND -> provider.refund(applied.paymentId());
                default -> provider.cancel(applied.paymentId());
            };
            store.apply(provider.id(), null, report);
        } catch (PaymentFailure e) {
            // Reconciliation asks again later
            LOG.log(Level.WARNING, "Pledge {0}: {1} not done: {2}", new Object[]{applied.pledgeId(),
                    applied.followUp(), e.getMessage()});
        }
    }
}
