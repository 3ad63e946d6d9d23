package org.civitas.contests;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.civitas.platform.ChangeTrackedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A photo contest: what it is about, its dates and limits, its jury, and when its results were published. */
@Entity
@Table(name = "photo_contest")
public class Contest extends ChangeTrackedEntity {

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Column(name = "theme", nullable = false, length = 300)
    private String theme;

    @Column(name = "rules", nullable = false, length = 4000)
    private String rules;

    @Column(name = "submissions_on", nullable = false)
    private LocalDate submissionsOn;

    @Column(name = "voting_on", nullable = false)
    private LocalDate votingOn;

    @Column(name = "jury_on", nullable = false)
    private LocalDate juryOn;

    @Column(name = "photos_per_account", nullable = false)
    private int photosPerAccount;

    @Column(name = "votes_per_account", nullable = false)
    private int votesPerAccount;

    @Column(name = "prizes", nullable = false)
    private int prizes;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "results_at")
    private Instant resultsAt;

    // Read with the contest; lists read all their jurors in one query (ContestReader's batch hint)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "photo_contest_juror", joinColumns = @JoinColumn(name = "contest_id"))
    @Column(name = "account_id")
    private Set<Long> jurors = new HashSet<>();

    protected Contest() {
    }

    Contest(ContestDraft draft, long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        change(draft);
    }

    /** Takes the draft's words, dates and limits. */
    void change(ContestDraft draft) {
        this.title = draft.title().strip();
        this.theme = draft.theme().strip();
        this.rules = draft.rules().strip();
        this.submissionsOn = draft.submissionsOn();
        this.votingOn = draft.votingOn();
        this.juryOn = draft.juryOn();
        this.photosPerAccount = draft.photosPerAccount();
        this.votesPerAccount = draft.votesPerAccount();
        this.prizes = draft.prizes();
    }

    /** The phase on a day of the town's calendar. */
    public ContestPhase phaseOn(LocalDate day) {
        if (resultsAt != null) {
            return ContestPhase.RESULTS;
        }
        if (day.isBefore(submissionsOn)) {
            return ContestPhase.UPCOMING;
        }
        if (day.isBefore(votingOn)) {
            return ContestPhase.SUBMISSIONS;
        }
        return day.isBefore(juryOn) ? ContestPhase.VOTING : ContestPhase.JURY;
    }

    void resultsPublished(Instant now) {
        this.resultsAt = now;
    }

    void jurors(Set<Long> accounts) {
        jurors.clear();
        jurors.addAll(accounts);
    }

    public ContestDraft draft() {
        return new ContestDraft(title, theme, rules, submissionsOn, votingOn, juryOn, photosPerAccount,
                votesPerAccount, prizes);
    }

    public String getTitle() {
        return title;
    }

    public String getTheme() {
        return theme;
    }

    public String getRules() {
        return rules;
    }

    public LocalDate getSubmissionsOn() {
        return submissionsOn;
    }

    public LocalDate getVotingOn() {
        return votingOn;
    }

    public LocalDate getJuryOn() {
        return juryOn;
    }

    public int getPhotosPerAccount() {
        return photosPerAccount;
    }

    public int getVotesPerAccount() {
        return votesPerAccount;
    }

    public int getPrizes() {
        return prizes;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResultsAt() {
        return resultsAt;
    }

    public Set<Long> getJurors() {
        return Set.copyOf(jurors);
    }
}
