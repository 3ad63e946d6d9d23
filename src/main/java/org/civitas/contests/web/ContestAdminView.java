package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.contests.Contest;
import org.civitas.contests.ContestDraft;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestService;
import org.civitas.contests.ContestSummary;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Backs review/contests.xhtml (the contests, for officials) and review/contest.xhtml ({@code ?id=}; without it a new
 * contest): the contest's words, dates and limits, its jury (the e-mail addresses of their accounts, one a line),
 * and, once the jury's time has come, publishing the results (after a confirmation: it cannot be undone).
 */
@Named
@RequestScoped
public class ContestAdminView {

    @Inject
    private ContestReader reader;

    @Inject
    private ContestService contests;

    @Inject
    private AccountService accounts;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private ContestSummary contest;
    private boolean loaded;
    private List<ContestSummary> all;

    @NotBlank
    @Size(min = 5, max = 150)
    @PlainLine
    private String title;

    @NotBlank
    @Size(max = 300)
    @PlainLine
    private String theme;

    @NotBlank
    @Size(max = 4000)
    @PlainText
    private String rules;

    @NotNull
    private LocalDate submissionsOn;

    @NotNull
    private LocalDate votingOn;

    @NotNull
    private LocalDate juryOn;

    @Min(1)
    @Max(20)
    private int photosPerAccount = 3;

    @Min(1)
    @Max(50)
    private int votesPerAccount = 5;

    @Min(1)
    @Max(10)
    private int prizes = 3;

    @Size(max = 6000)
    private String jury;

    /** The view action: a contest's fields (an unknown one is a 404), or a new contest's defaults. */
    public void load() {
        Long id = ids.get("id");
        if (id != null && getContest() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (title != null) {
            return; // a refused form shows what was typed
        }
        if (getContest() == null) {
            LocalDate today = contests.today();
            submissionsOn = today.plusDays(7);
            votingOn = today.plusDays(37);
            juryOn = today.plusDays(51);
            return;
        }
        title = contest.title();
        theme = contest.theme();
        rules = contest.rules();
        submissionsOn = contest.submissionsOn();
        votingOn = contest.votingOn();
        juryOn = contest.juryOn();
        photosPerAccount = contest.photosPerAccount();
        votesPerAccount = contest.votesPerAccount();
        prizes = contest.prizes();
        jury = String.join("\n", reader.jurors(contest.id()).stream().map(accounts::findActive)
                .flatMap(Optional::stream).map(Account::getEmail).sorted().toList());
    }

    public String save() {
        ContestDraft draft = new ContestDraft(title, theme, rules, submissionsOn, votingOn, juryOn, photosPerAccount,
                votesPerAccount, prizes);
        Long id = ids.get("id");
        Contest saved = id == null ? contests.open(draft) : contests.change(id, draft);
        messages.notice(id == null ? "contest.opened" : "contest.changed");
        return "/review/contest.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public String saveJury() {
        List<String> emails = jury == null ? List.of() : Arrays.stream(jury.split("[\\s,;]+"))
                .filter(s -> !s.isBlank()).distinct().toList();
        contests.jury(ids.require("id"), emails);
        messages.notice("contest.juryNamed");
        return "/review/contest.xhtml?faces-redirect=true&id=" + ids.get("id");
    }

    public String publishResults() {
        contests.publishResults(ids.require("id"));
        messages.notice("contest.resultsPublished");
        return "/review/contest.xhtml?faces-redirect=true&id=" + ids.get("id");
    }

    public ContestSummary getContest() {
        if (!loaded) {
            Long id = ids.get("id");
            contest = id == null ? null : reader.contest(id).orElse(null);
            loaded = true;
        }
        return contest;
    }

    /** Every contest, for the officials' list (a town runs a few a year). */
    public List<ContestSummary> getAll() {
        if (all == null) {
            all = reader.contests(0, 100);
        }
        return all;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme == null ? null : theme.strip();
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules == null ? null : rules.strip();
    }

    public LocalDate getSubmissionsOn() {
        return submissionsOn;
    }

    public void setSubmissionsOn(LocalDate submissionsOn) {
        this.submissionsOn = submissionsOn;
    }

    public LocalDate getVotingOn() {
        return votingOn;
    }

    public void setVotingOn(LocalDate votingOn) {
        this.votingOn = votingOn;
    }

    public LocalDate getJuryOn() {
        return juryOn;
    }

    public void setJuryOn(LocalDate juryOn) {
        this.juryOn = juryOn;
    }

    public int getPhotosPerAccount() {
        return photosPerAccount;
    }

    public void setPhotosPerAccount(int photosPerAccount) {
        this.photosPerAccount = photosPerAccount;
    }

    public int getVotesPerAccount() {
        return votesPerAccount;
    }

    public void setVotesPerAccount(int votesPerAccount) {
        this.votesPerAccount = votesPerAccount;
    }

    public int getPrizes() {
        return prizes;
    }

    public void setPrizes(int prizes) {
        this.prizes = prizes;
    }

    public String getJury() {
        return jury;
    }

    public void setJury(String jury) {
        this.jury = jury;
    }
}
