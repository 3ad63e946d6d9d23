package org.civitas.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.LocalDate;

/**
 * A need of a campaign besides money: goods or time, what, how many (items or people), the day (time), and how many
 * are offered (by bulk updates that never pass what is needed).
 */
@Entity
@Table(name = "funding_need")
public class Need extends ChangeTrackedEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8)
    private NeedKind kind;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "needed", nullable = false)
    private int needed;

    @Column(name = "needed_on")
    private LocalDate neededOn;

    @Column(name = "offered", nullable = false, updatable = false)
    private int offered;

    protected Need() {
    }

    Need(long campaignId, int position, CampaignDraft.NeedDraft draft) {
        this.campaignId = campaignId;
        this.position = position;
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.needed = draft.needed();
        this.neededOn = draft.neededOn();
    }

    public long getCampaignId() {
        return campaignId;
    }

    public int getPosition() {
        return position;
    }

    public NeedKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public int getNeeded() {
        return needed;
    }

    public LocalDate getNeededOn() {
        return neededOn;
    }

    public int getOffered() {
        return offered;
    }

    public boolean isFilled() {
        return offered >= needed;
    }
}
