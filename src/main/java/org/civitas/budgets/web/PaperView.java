package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.budgets.BallotService;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.PaperBallots;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

import java.util.ArrayList;
import java.util.List;

/**
 * Backs review/paper.xhtml?id=&envelope=: officials key in the paper ballots of an envelope, sheet by sheet (its
 * polling station, its number, the projects ticked); the page says whether the sheet now counts, waits for its second
 * keying or disagrees with the first, and lists the sheets not counted yet, mismatches first.
 */
@Named
@RequestScoped
public class PaperView {

    @Inject
    private RequestIds ids;

    @Inject
    private BudgetService budgets;

    @Inject
    private BallotService ballots;

    @Inject
    private PaperBallots paper;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private BallotService.BasketPage page;
    private List<PaperBallots.OpenSheet> open = List.of();
    private long counted;

    private String station;
    private String sheet;
    private List<Long> projects = new ArrayList<>();

    @PostConstruct
    void read() {
        Long budgetId = ids.get("id");
        BudgetPage budget = budgetId == null ? null : budgets.page(budgetId, false).orElse(null);
        if (budget == null || budget.envelopes().isEmpty()) {
            return;
        }
        Long asked = ids.get("envelope");
        long envelope = budget.envelopes().stream().map(BudgetPage.EnvelopeRow::id).filter(e -> e.equals(asked))
                .findFirst().orElse(budget.envelopes().get(0).id());
        page = ballots.page(budgetId, envelope, null, null, 0, 100).orElse(null);
        open = paper.open(envelope);
        counted = paper.counted(envelope);
    }

    /** The view action: 404 without a public budget. */
    public void check() {
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String key() {
        PaperBallots.Outcome outcome = paper.key(page.budget().budget().getId(), page.envelope().id(),
                new PaperBallots.Sheet(station, sheet, projects));
        messages.notice(outcome.messageKey(), sheet, station);
        return "/review/paper.xhtml?faces-redirect=true&id=" + page.budget().budget().getId() + "&envelope="
                + page.envelope().id();
    }

    public BallotService.BasketPage getPage() {
        return page;
    }

    public List<PaperBallots.OpenSheet> getOpen() {
        return open;
    }

    public long getCounted() {
        return counted;
    }

    public String getStation() {
        return station;
    }

    public void setStation(String station) {
        this.station = station;
    }

    public String getSheet() {
        return sheet;
    }

    public void setSheet(String sheet) {
        this.sheet = sheet;
    }

    public List<Long> getProjects() {
        return projects;
    }

    public void setProjects(List<Long> projects) {
        this.projects = projects;
    }
}
