package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.Role;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.Phase;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.StatelessPages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Backs budgets/view.xhtml?id=: a budget's home, read once as a {@link BudgetPage}: its phases as a timeline with the
 * current one marked, what a resident can do now, its envelopes and how the vote works. An upcoming budget is shown
 * to administrators only (404 for anyone else, as for no budget).
 */
@Named
@RequestScoped
public class BudgetPageView {

    @Inject
    private RequestIds ids;

    @Inject
    private BudgetService budgets;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private FacesContext faces;

    private BudgetPage page;

    @PostConstruct
    void read() {
        Long id = ids.get("id");
        page = id == null ? null : budgets.page(id, signedIn.hasRole(Role.Names.ADMIN)).orElse(null);
    }

    /** The view action: 404 when there is nothing to show. */
    public void check() {
        StatelessPages.forVisitorsNow();
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public BudgetPage getPage() {
        return page;
    }

    /** The phases of the timeline, in order (UPCOMING is not one). */
    public List<Phase> getTimeline() {
        return Arrays.stream(Phase.values()).filter(Phase::isPublic).toList();
    }

    public LocalDate startOf(Phase phase) {
        return page.budget().getPhases().start(phase);
    }

    /** The last day of a phase (the day before the next begins), or null for the last phase. */
    public LocalDate lastDayOf(Phase phase) {
        LocalDate end = page.budget().getPhases().end(phase);
        return end == null ? null : end.minusDays(1);
    }

    /** Whether a phase is over, current or to come: the timeline's marks. */
    public String stateOf(Phase phase) {
        int diff = Integer.compare(phase.ordinal(), page.phase().ordinal());
        return diff < 0 ? "done" : diff == 0 ? "current" : "next";
    }
}
