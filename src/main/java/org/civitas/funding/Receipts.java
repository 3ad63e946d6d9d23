package org.civitas.funding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainText;
import org.civitas.platform.Town;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A backer's receipts. A payment's receipt: for the backer (or an official), once the money was taken, numbered
 * without gaps within its year when first paid ({@link FundingStore}). The yearly tax receipt: once a year is over, a
 * backer asks for the receipt of their donations that year (money taken that year, not refunded, to a donation
 * campaign), giving the postal address it must print; it is numbered from its own counter when first issued and then
 * fixed, so that every download gives the same document.
 */
@Stateless
public class Receipts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingStore store;

    @Inject
    private AccountService accounts;

    @Inject
    private Town town;

    @Inject
    private AuditLog audit;

    @Inject
    private ReceiptCounters counters;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** One of the caller's pledges, on their "My contributions" page. */
    public record MyPledge(String key, long campaignId, String campaign, long amountCents, PledgeState state,
                           Integer receiptYear, Long receiptNumber, Instant at) {
    }

    /** A year of the caller's donations, and its tax receipt if issued. */
    public record DonationYear(int year, long amountCents, int donations, boolean over, TaxReceipt receipt) {
    }

    /** The caller's pledges, newest first, paged in the database. */
    @RolesAllowed(Role.Names.CITIZEN)
    public List<MyPledge> mine(int first, int size) {
        long caller = Callers.requireAccountId(session);
        return em.createQuery("SELECT p.publicKey, c.id, c.title, p.amountCents, p.state, p.receiptYear,"
                        + " p.receiptNumber, p.createdAt FROM Pledge p, Campaign c WHERE c.id = p.campaignId"
                        + " AND p.accountId = :a ORDER BY p.createdAt DESC, p.id DESC", Object[].class)
                .setParameter("a", caller).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100))).getResultList().stream()
                .map(r -> new MyPledge((String) r[0], (Long) r[1], (String) r[2], (Long) r[3], (PledgeState) r[4],
                        (Integer) r[5], (Long) r[6], (Instant) r[7])).toList();
    }

    @RolesAllowed(Role.Names.CITIZEN)
    public long countMine() {
        return em.createQuery("SELECT COUNT(p) FROM Pledge p WHERE p.accountId = :a", Long.class)
                .setParameter("a", Callers.requireAccountId(session)).getSingleResult();
    }

    /** The years the caller gave to donation campaigns (money taken and kept), newest first, with their receipts. */
    @RolesAllowed(Role.Names.CITIZEN)
    public List<DonationYear> donationYears() {
        long caller = Callers.requireAccountId(session);
        int thisYear = store.today().getYear();
        List<TaxReceipt> issued = em.createQuery("SELECT t FROM TaxReceipt t WHERE t.accountId = :a", TaxReceipt.class)
                .setParameter("a", caller).getResultList();
        return donationsByYear(caller).stream()
                .map(r -> {
                    int year = ((Number) r[0]).intValue();
                    return new DonationYear(year, ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                            year < thisYear, issued.stream().filter(t -> t.getTaxYear() == year).findFirst()
                            .orElse(null));
                }).toList();
    }

    /**
     * A payment's receipt, for its backer or an official; refused (404) for anyone else and for a pledge whose money
     * was never taken.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public ReceiptPdf.PaymentReceipt paymentReceipt(String key) {
        long caller = Callers.requireAccountId(session);
        Pledge pledge = store.pledgeByKey(key)
                .filter(p -> (p.getAccountId() != null && p.getAccountId() == caller)
                        || session.isCallerInRole(Role.Names.OFFICIAL))
                .filter(p -> p.getReceiptNumber() != null)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "receipt.notFound"));
        Campaign campaign = em.find(Campaign.class, pledge.getCampaignId());
        Reward reward = pledge.getRewardId() == null ? null : em.find(Reward.class, pledge.getRewardId());
        return new ReceiptPdf.PaymentReceipt(town.getName(), pledge.getReceiptYear(), pledge.getReceiptNumber(),
                day(pledge.getPaidAt() == null ? pledge.getConfirmedAt() : pledge.getPaidAt()),
                pledge.getBackerName(), campaign.getTitle(), campaign.getKind(), pledge.getAmountCents(),
                reward == null ? null : reward.getTitle(), pledge.getProvider(), pledge.getPaymentId(),
                pledge.getState() == PledgeState.REFUNDED ? day(pledge.getEndedAt()) : null,
                Locale.forLanguageTag(pledge.getLocale()));
    }

    /**
     * Issues the caller's tax receipt for a year that is over (once: asked again, the same receipt comes back,
     * whatever address is given). Refused for this year or a later one, and for a year without donations.
     */
    @RolesAllowed(Role.Names.CITIZEN)
    public TaxReceipt issue(int year, @NotBlank @Size(max = 300) @PlainText String postalAddress) {
        long caller = Callers.requireAccountId(session);
        if (year >= store.today().getYear()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "receipt.yearNotOver", year);
        }
        Optional<TaxReceipt> existing = issued(caller, year);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account = accounts.findActive(caller).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.FORBIDDEN, "funding.noAccount"));
        // The year's counter row is locked from here: receipts of one year are issued one at a time
        long number = counters.next(ReceiptCounters.Series.TAX, year);
        Optional<TaxReceipt> meanwhile = issued(caller, year);
        if (meanwhile.isPresent()) {
            // The same backer asked twice at once: the other request issued it; this one takes back its number
            session.setRollbackOnly();
            return meanwhile.get();
        }
        Object[] sum = donationsByYear(caller).stream().filter(r -> ((Number) r[0]).intValue() == year).findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "receipt.noDonations", year));
        long cents = ((Number) sum[1]).longValue();
        String language = account.getLocale() == null ? "fr" : account.getLocale().getLanguage();
        TaxReceipt receipt = new TaxReceipt(caller, year, number, cents, ((Number) sum[2]).intValue(),
                account.getDisplayName(), postalAddress.strip(), language, clock.instant());
        em.persist(receipt);
        em.flush();
        audit.record("FUNDING_TAX_RECEIPT", "TAX_RECEIPT", receipt.getId(), "F" + ReceiptPdf.number(year, number));
        return receipt;
    }

    /** The caller's tax receipt of a year, as issued. */
    @RolesAllowed(Role.Names.CITIZEN)
    public ReceiptPdf.YearReceipt taxReceipt(int year) {
        TaxReceipt receipt = issued(Callers.requireAccountId(session), year).orElseThrow(() -> new BusinessException(
                BusinessException.Kind.NOT_FOUND, "receipt.notIssued", year));
        return new ReceiptPdf.YearReceipt(town.getName(), receipt.getTaxYear(), receipt.getReceiptNumber(),
                receipt.getBackerName(), receipt.getPostalAddress(), receipt.getAmountCents(), receipt.getDonations(),
                day(receipt.getIssuedAt()), Locale.forLanguageTag(receipt.getLocale()));
    }

    /** An account's gifts to donation campaigns whose money was taken and kept, by year: {year, cents, gifts}. */
    private List<Object[]> donationsByYear(long accountId) {
        return em.createQuery("SELECT p.receiptYear, SUM(p.amountCents), COUNT(p) FROM Pledge p, Campaign c"
                        + " WHERE c.id = p.campaignId AND p.accountId = :a AND p.state = :paid AND c.kind = :donation"
                        + " GROUP BY p.receiptYear ORDER BY p.receiptYear DESC", Object[].class)
                .setParameter("a", accountId).setParameter("paid", PledgeState.PAID)
                .setParameter("donation", CampaignKind.DONATION).getResultList();
    }

    private Optional<TaxReceipt> issued(long accountId, int year) {
        return em.createQuery("SELECT t FROM TaxReceipt t WHERE t.accountId = :a AND t.taxYear = :y", TaxReceipt.class)
                .setParameter("a", accountId).setParameter("y", year).getResultList().stream().findFirst();
    }

    private LocalDate day(Instant instant) {
        return instant == null ? store.today() : LocalDate.ofInstant(instant, town.getZone());
    }
}
