package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.funding.CampaignDraft;
import org.civitas.funding.CampaignKind;
import org.civitas.funding.FundingMode;
import org.civitas.funding.FundingService;
import org.civitas.funding.NeedKind;
import org.civitas.funding.TargetKind;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Backs review/campaign.xhtml ({@code ?target=PROPOSAL|BUDGET_PROJECT&id=}): an official opens a funding campaign on
 * an accepted proposal or a budget project: its kind, title, what the money pays for, goal (whole euros), closing
 * day, mode, the provider's page (loans and equity), and up to {@value #ROWS} rewards and needs (rows left empty are
 * ignored). What was typed survives a refusal.
 */
@Named
@RequestScoped
public class CampaignOpenView {

    static final int ROWS = 3;

    @Inject
    private FundingService service;

    @Inject
    private HttpServletRequest request;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    private CampaignKind kind = CampaignKind.DONATION;
    private String title;
    private String purpose;
    private Long goal;
    private String closesOn;
    private FundingMode mode = FundingMode.ALL_OR_NOTHING;
    private String providerUrl;

    public String open() {
        long targetId = ids.require("id");
        TargetKind target = "BUDGET_PROJECT".equals(request.getParameter("target")) ? TargetKind.BUDGET_PROJECT
                : TargetKind.PROPOSAL;
        LocalDate closes = date(closesOn);
        if (closes == null) {
            messages.error("funding.closesOnRange");
            return null;
        }
        List<CampaignDraft.RewardDraft> rewards = new ArrayList<>();
        List<CampaignDraft.NeedDraft> needs = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            String rewardTitle = request.getParameter("rewardTitle" + i);
            if (rewardTitle != null && !rewardTitle.isBlank()) {
                Long min = Numbers.parseOrNull(request.getParameter("rewardMin" + i));
                Long quantity = Numbers.parseOrNull(request.getParameter("rewardQuantity" + i));
                rewards.add(new CampaignDraft.RewardDraft(rewardTitle, null, min == null ? 0 : min * 100,
                        quantity == null ? null : (int) Math.min(quantity, Integer.MAX_VALUE)));
            }
            String needTitle = request.getParameter("needTitle" + i);
            if (needTitle != null && !needTitle.isBlank()) {
                Long needed = Numbers.parseOrNull(request.getParameter("needNeeded" + i));
                needs.add(new CampaignDraft.NeedDraft("GOODS".equals(request.getParameter("needKind" + i))
                        ? NeedKind.GOODS : NeedKind.TIME, needTitle, needed == null ? 0 : (int) Math.min(needed, 100_000),
                        date(request.getParameter("needOn" + i))));
            }
        }
        long id = service.open(target, targetId, new CampaignDraft(kind, title, purpose,
                goal == null ? 0 : Math.multiplyExact(Math.min(goal, 1_000_000_000L), 100L), closes, mode,
                providerUrl, rewards, needs)).getId();
        messages.notice("funding.opened");
        return "/funding/campaign.xhtml?faces-redirect=true&id=" + id;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A row's value as sent, for the form after a refusal. */
    public String sent(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    public List<Integer> getRows() {
        return List.of(1, 2, 3);
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public FundingMode[] getModes() {
        return FundingMode.values();
    }

    public String getTarget() {
        String t = request.getParameter("target");
        return t == null ? "PROPOSAL" : t.toUpperCase(Locale.ROOT);
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getGoal() {
        return goal;
    }

    public void setGoal(Long goal) {
        this.goal = goal;
    }

    public String getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(String closesOn) {
        this.closesOn = closesOn;
    }

    public FundingMode getMode() {
        return mode;
    }

    public void setMode(FundingMode mode) {
        this.mode = mode;
    }

    public String getProviderUrl() {
        return providerUrl;
    }

    public void setProviderUrl(String providerUrl) {
        this.providerUrl = providerUrl;
    }
}
