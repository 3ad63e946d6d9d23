package org.civitas.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.civitas.budgets.results.BudgetRule;
import org.civitas.platform.ChangeTrackedEntity;
import org.civitas.proposals.Slugs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A participatory budget: the amount a town sets aside (for a year, usually) for projects its residents decide, its
 * dated phases, how residents vote and how the votes are counted. Several can exist; past ones stay readable.
 * Written by administrators only ({@link BudgetService}); its envelopes are {@link Envelope} rows.
 */
@Entity
@Table(name = "budget")
public class Budget extends ChangeTrackedEntity {

    @Column(name = "slug", nullable = false, length = 80)
    private String slug;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Column(name = "total_amount", nullable = false)
    private long totalAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_kind", nullable = false, length = 16)
    private BallotKind ballotKind;

    @Column(name = "max_choices")
    private Integer maxChoices;

    @Enumerated(EnumType.STRING)
    @Column(name = "counting_rule", nullable = false, length = 16)
    private BudgetRule countingRule;

    @Column(name = "verified_only", nullable = false)
    private boolean verifiedOnly;

    @Column(name = "minimum_age")
    private Integer minimumAge;

    @Column(name = "information_on", nullable = false)
    private LocalDate informationOn;

    @Column(name = "submission_on", nullable = false)
    private LocalDate submissionOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Column(name = "voting_on", nullable = false)
    private LocalDate votingOn;

    @Column(name = "results_on", nullable = false)
    private LocalDate resultsOn;

    @Column(name = "follow_up_on", nullable = false)
    private LocalDate followUpOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the budget became public (its information phase begun); null before. */
    @Column(name = "opened_at")
    private Instant openedAt;

    /** When officials published the projects that go to the vote (the technical review's end); null before. */
    @Column(name = "projects_published_at")
    private Instant projectsPublishedAt;

    /** When the vote's results were counted (after the vote closed); null before. */
    @Column(name = "results_at")
    private Instant resultsAt;

    protected Budget() {
    }

    Budget(BudgetDraft draft, Instant now) {
        this.createdAt = now;
        apply(draft);
    }

    /** Takes what an administrator set (validated by the service). */
    final void apply(BudgetDraft draft) {
        this.title = draft.title().strip();
        this.slug = Slugs.of(title);
        this.description = draft.description().strip();
        this.totalAmount = draft.totalAmount();
        this.ballotKind = draft.ballotKind();
        this.maxChoices = draft.ballotKind() == BallotKind.APPROVAL ? draft.maxChoices() : null;
        this.countingRule = draft.countingRule();
        this.verifiedOnly = draft.verifiedOnly();
        this.minimumAge = draft.minimumAge();
        PhaseDates dates = draft.phases();
        this.informationOn = dates.information();
        this.submissionOn = dates.submission();
        this.reviewOn = dates.review();
        this.votingOn = dates.voting();
        this.resultsOn = dates.results();
        this.followUpOn = dates.followUp();
    }

    /** Opens the budget to the public if its information phase has begun on {@code today}; whether it is open. */
    boolean openIfDue(LocalDate today, Instant now) {
        if (openedAt == null && phaseOn(today).isPublic()) {
            openedAt = now;
        }
        return openedAt != null;
    }

    /**
     * Whether the public sees the budget: opened once its information phase began (stamped then, at once by a write,
     * within ten minutes by {@link BudgetOpening}), the one decision pages, the API and open data all follow.
     */
    public boolean isOpened() {
        return openedAt != null;
    }

    void publishProjects(Instant now) {
        projectsPublishedAt = now;
    }

    /** Whether the projects going to the vote are published (the technical review is over). */
    public boolean isProjectsPublished() {
        return projectsPublishedAt != null;
    }

    void counted(Instant now) {
        resultsAt = now;
    }

    /** Whether the results are counted and public. */
    public boolean isCounted() {
        return resultsAt != null;
    }

    public PhaseDates getPhases() {
        return new PhaseDates(informationOn, submissionOn, reviewOn, votingOn, resultsOn, followUpOn);
    }

    /** The phase on a day of the town's calendar. */
    public Phase phaseOn(LocalDate day) {
        return getPhases().on(day);
    }

    /** What an administrator edits: the budget as its form shows it. */
    public BudgetDraft toDraft() {
        return new BudgetDraft(title, description, totalAmount, ballotKind, maxChoices, countingRule, verifiedOnly,
                minimumAge, getPhases());
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getTotalAmount() {
        return totalAmount;
    }

    public BallotKind getBallotKind() {
        return ballotKind;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public BudgetRule getCountingRule() {
        return countingRule;
    }

    public boolean isVerifiedOnly() {
        return verifiedOnly;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
