package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * A backer's yearly tax receipt for their donations to the town's campaigns: fixed when first issued (number, amount,
 * name, postal address, language), so that the same file comes out every time it is downloaded.
 */
@Entity
@Table(name = "funding_tax_receipt")
public class TaxReceipt extends BaseEntity {

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "tax_year", nullable = false, updatable = false)
    private int taxYear;

    @Column(name = "receipt_number", nullable = false, updatable = false)
    private long receiptNumber;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "donations", nullable = false, updatable = false)
    private int donations;

    @Column(name = "backer_name", nullable = false, length = 120, updatable = false)
    private String backerName;

    @Column(name = "postal_address", nullable = false, length = 300, updatable = false)
    private String postalAddress;

    @Column(name = "locale", nullable = false, length = 5, updatable = false)
    private String locale;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected TaxReceipt() {
    }

    TaxReceipt(long accountId, int taxYear, long receiptNumber, long amountCents, int donations, String backerName,
               String postalAddress, String locale, Instant now) {
        this.accountId = accountId;
        this.taxYear = taxYear;
        this.receiptNumber = receiptNumber;
        this.amountCents = amountCents;
        this.donations = donations;
        this.backerName = backerName;
        this.postalAddress = postalAddress;
        this.locale = locale;
        this.issuedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getTaxYear() {
        return taxYear;
    }

    public long getReceiptNumber() {
        return receiptNumber;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public int getDonations() {
        return donations;
    }

    public String getBackerName() {
        return backerName;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getLocale() {
        return locale;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
