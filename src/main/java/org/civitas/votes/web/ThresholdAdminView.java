package org.civitas.votes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.civitas.platform.web.Messages;
import org.civitas.votes.SupportRules;
import org.civitas.votes.SupportThreshold;
import org.civitas.votes.ThresholdService;

import java.math.BigDecimal;

/**
 * Backs admin/threshold.xhtml: the support threshold (a share of registered citizens, with a floor), what it means
 * today in FOR votes, and its change. Proposals the new threshold puts over the line go under review at once.
 */
@Named
@RequestScoped
public class ThresholdAdminView {

    @Inject
    private ThresholdService thresholds;

    @Inject
    private SupportRules rules;

    @Inject
    private Messages messages;

    /** Converted by civitas.percent. */
    @NotNull
    private BigDecimal percent;

    @NotNull
    @Min(1)
    @Max(1_000_000)
    private Integer floor;

    private SupportThreshold current;

    public SupportThreshold getCurrent() {
        if (current == null) {
            current = rules.threshold();
        }
        return current;
    }

    public long getCitizens() {
        return rules.citizens();
    }

    public long getRequired() {
        return getCurrent().required(getCitizens());
    }

    public String save() {
        int moved = thresholds.change(new SupportThreshold(percent.doubleValue(), floor));
        messages.notice("threshold.saved", moved);
        return "/admin/threshold.xhtml?faces-redirect=true";
    }

    /** The form starts from the threshold in force. */
    public BigDecimal getPercent() {
        if (percent == null) {
            percent = BigDecimal.valueOf(getCurrent().percentOfCitizens());
        }
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public Integer getFloor() {
        if (floor == null) {
            floor = getCurrent().floor();
        }
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }
}
