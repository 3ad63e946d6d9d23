package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * A resident taking part in a budget's vote, declared once: the district whose envelope they vote in besides the
 * whole town's (none: the whole town's only). Their baskets and ballots hang on this row, which is locked while one of
 * them changes, so that one resident's submissions are decided one at a time.
 */
@Entity
@Table(name = "budget_voter")
public class Voter extends BaseEntity {

    @Column(name = "budget_id", nullable = false, updatable = false)
    private long budgetId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "district_id", updatable = false)
    private Long districtId;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected Voter() {
    }

    Voter(long budgetId, long accountId, Long districtId, Instant now) {
        this.budgetId = budgetId;
        this.accountId = accountId;
        this.districtId = districtId;
        this.declaredAt = now;
    }

    public long getBudgetId() {
        return budgetId;
    }

    public long getAccountId() {
        return accountId;
    }

    /** Null: the whole town's envelope only. */
    public Long getDistrictId() {
        return districtId;
    }

    /** Whether this voter votes in an envelope: the whole town's, and their district's. */
    public boolean votesIn(Envelope envelope) {
        return envelope.getBudgetId() == budgetId
                && (envelope.getDistrictId() == null || envelope.getDistrictId().equals(districtId));
    }
}
