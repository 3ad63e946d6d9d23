package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.budgets.BallotKind;
import org.civitas.budgets.Budget;
import org.civitas.budgets.BudgetDraft;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.EnvelopeDraft;
import org.civitas.budgets.PhaseDates;
import org.civitas.budgets.results.BudgetRule;
import org.civitas.platform.web.Converters;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs admin/budget.xhtml: a budget set up or changed without SQL (a new one without {@code ?id=}): its texts, total
 * amount, ballot, counting rule, who may vote, the six phases' dates, and an amount per envelope (the whole town's
 * and each district's; an envelope left empty does not exist). The form is the service's draft; the service says what
 * it refuses (dates out of order, envelopes over the total, what is fixed once the vote has begun).
 */
@Named
@RequestScoped
public class BudgetAdminView {

    private static final Converters.WholeEuros WHOLE_EUROS = new Converters.WholeEuros();

    @Inject
    private RequestIds ids;

    @Inject
    private BudgetService budgets;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private long version;
    private String title;
    private String description;
    private Long totalAmount;
    private BallotKind ballotKind = BallotKind.KNAPSACK;
    private Integer maxChoices;
    private BudgetRule countingRule = BudgetRule.GREEDY;
    private boolean verifiedOnly;
    private Integer minimumAge;
    private LocalDate information;
    private LocalDate submission;
    private LocalDate review;
    private LocalDate voting;
    private LocalDate results;
    private LocalDate followUp;
    private Long townAmount;
    /** Amounts typed per district code, as text: parsed on saving (an empty one: no envelope). */
    private final Map<String, String> districtAmounts = new HashMap<>();
    private List<District> districts;

    @PostConstruct
    void read() {
        id = ids.get("id");
        districts = taxonomy.districts();
        if (id != null && !faces.isPostback()) {
            BudgetPage page = budgets.page(id, true).orElse(null);
            if (page == null) {
                id = null;
                return;
            }
            Budget b = page.budget();
            version = b.getVersion();
            BudgetDraft d = b.toDraft();
            title = d.title();
            description = d.description();
            totalAmount = d.totalAmount();
            ballotKind = d.ballotKind();
            maxChoices = d.maxChoices();
            countingRule = d.countingRule();
            verifiedOnly = d.verifiedOnly();
            minimumAge = d.minimumAge();
            PhaseDates p = d.phases();
            information = p.information();
            submission = p.submission();
            review = p.review();
            voting = p.voting();
            results = p.results();
            followUp = p.followUp();
            for (BudgetPage.EnvelopeRow e : page.envelopes()) {
                if (e.isTownWide()) {
                    townAmount = e.amount();
                } else {
                    districtAmounts.put(e.districtCode(), Long.toString(e.amount()));
                }
            }
        }
    }

    /** Creates or changes the budget, then shows its page. */
    public String save() {
        List<EnvelopeDraft> envelopes = new ArrayList<>();
        if (townAmount != null) {
            envelopes.add(new EnvelopeDraft(null, townAmount));
        }
        boolean valid = true;
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        for (District d : districts) {
            // plain inputs, one per district (the list changes with the taxonomy): read from the request
            String typed = params.get("district-" + d.getCode());
            districtAmounts.put(d.getCode(), typed);
            if (typed == null || typed.isBlank()) {
                continue;
            }
            try {
                // The same reading as the form's other amounts (civitas.wholeEuros), its message named for the district
                long amount = WHOLE_EUROS.getAsObject(faces, null, typed);
                envelopes.add(new EnvelopeDraft(d.getCode(), amount));
            } catch (ConverterException e) {
                messages.error("budget.amountFormat", d.getName());
                valid = false;
            }
        }
        if (!valid) {
            return null;
        }
        BudgetDraft draft = new BudgetDraft(title, description, totalAmount == null ? 0 : totalAmount, ballotKind,
                maxChoices, countingRule, verifiedOnly, minimumAge,
                new PhaseDates(information, submission, review, voting, results, followUp));
        Budget saved = id == null ? budgets.create(draft, envelopes) : budgets.update(id, version, draft, envelopes);
        messages.notice(id == null ? "budget.created" : "budget.saved", saved.getTitle());
        return "/budgets/view.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public List<Budget> getAll() {
        return budgets.allBudgets();
    }

    public LocalDate getToday() {
        return budgets.today();
    }

    public BallotKind[] getBallotKinds() {
        return BallotKind.values();
    }

    public BudgetRule[] getCountingRules() {
        return BudgetRule.values();
    }

    public List<District> getDistricts() {
        return districts;
    }

    public Map<String, String> getDistrictAmounts() {
        return districtAmounts;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getTotalAmount() {
        return totalAmount;
    }

    public void setTotalAmount(Long totalAmount) {
        this.totalAmount = totalAmount;
    }

    public BallotKind getBallotKind() {
        return ballotKind;
    }

    public void setBallotKind(BallotKind ballotKind) {
        this.ballotKind = ballotKind;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(Integer maxChoices) {
        this.maxChoices = maxChoices;
    }

    public BudgetRule getCountingRule() {
        return countingRule;
    }

    public void setCountingRule(BudgetRule countingRule) {
        this.countingRule = countingRule;
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public void setVerifiedOnly(boolean verifiedOnly) {
        this.verifiedOnly = verifiedOnly;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public LocalDate getInformation() {
        return information;
    }

    public void setInformation(LocalDate information) {
        this.information = information;
    }

    public LocalDate getSubmission() {
        return submission;
    }

    public void setSubmission(LocalDate submission) {
        this.submission = submission;
    }

    public LocalDate getReview() {
        return review;
    }

    public void setReview(LocalDate review) {
        this.review = review;
    }

    public LocalDate getVoting() {
        return voting;
    }

    public void setVoting(LocalDate voting) {
        this.voting = voting;
    }

    public LocalDate getResults() {
        return results;
    }

    public void setResults(LocalDate results) {
        this.results = results;
    }

    public LocalDate getFollowUp() {
        return followUp;
    }

    public void setFollowUp(LocalDate followUp) {
        this.followUp = followUp;
    }

    public Long getTownAmount() {
        return townAmount;
    }

    public void setTownAmount(Long townAmount) {
        this.townAmount = townAmount;
    }
}
