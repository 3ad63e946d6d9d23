package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.civitas.platform.BaseEntity;

import java.time.Instant;

/**
 * One official's keying of one paper sheet (a polling station's sheet number) of an envelope: the projects ticked.
 * A sheet counts once two different officials' keyings agree; it then names the paper ballot it made count.
 */
@Entity
@Table(name = "budget_paper_keying")
public class PaperKeying extends BaseEntity {

    @Column(name = "envelope_id", nullable = false, updatable = false)
    private long envelopeId;

    @Column(name = "station", nullable = false, updatable = false, length = 80)
    private String station;

    @Column(name = "sheet", nullable = false, updatable = false, length = 40)
    private String sheet;

    @Column(name = "choices", nullable = false, updatable = false, length = 4000)
    private String choices;

    @Column(name = "keyed_by", nullable = false, updatable = false)
    private long keyedBy;

    @Column(name = "keyed_at", nullable = false, updatable = false)
    private Instant keyedAt;

    @Column(name = "ballot_id")
    private Long ballotId;

    protected PaperKeying() {
    }

    PaperKeying(long envelopeId, String station, String sheet, String choices, long keyedBy, Instant now) {
        this.envelopeId = envelopeId;
        this.station = station;
        this.sheet = sheet;
        this.choices = choices;
        this.keyedBy = keyedBy;
        this.keyedAt = now;
    }

    void counted(long ballot) {
        this.ballotId = ballot;
    }

    public String getStation() {
        return station;
    }

    public String getSheet() {
        return sheet;
    }

    /** The projects ticked: sorted ids separated by commas. */
    public String getChoices() {
        return choices;
    }

    public long getKeyedBy() {
        return keyedBy;
    }

    public Instant getKeyedAt() {
        return keyedAt;
    }

    /** Null until two keyings of its sheet agree. */
    public Long getBallotId() {
        return ballotId;
    }
}
