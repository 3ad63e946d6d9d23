package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

/**
 * A part of a budget's amount: the whole town's (no district) or one district's, each with its own amount. A resident
 * votes in the whole town's envelope and in their district's; projects belong to one envelope.
 */
@Entity
@Table(name = "budget_envelope")
public class Envelope extends ChangeTrackedEntity {

    @Column(name = "budget_id", nullable = false)
    private long budgetId;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "amount", nullable = false)
    private long amount;

    /** The ballots counted, once the vote's results are; null before. */
    @Column(name = "ballots")
    private Integer ballots;

    protected Envelope() {
    }

    Envelope(long budgetId, Long districtId, long amount) {
        this.budgetId = budgetId;
        this.districtId = districtId;
        this.amount = amount;
    }

    void counted(int ballotCount) {
        this.ballots = ballotCount;
    }

    /** Null until the results are counted. */
    public Integer getBallots() {
        return ballots;
    }

    void setAmount(long amount) {
        this.amount = amount;
    }

    public long getBudgetId() {
        return budgetId;
    }

    /** The district, or null for the whole town's envelope. */
    public Long getDistrictId() {
        return districtId;
    }

    public boolean isTownWide() {
        return districtId == null;
    }

    public long getAmount() {
        return amount;
    }
}
