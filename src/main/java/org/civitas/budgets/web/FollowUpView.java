package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.budgets.FollowUp;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.StatelessPages;

/** Backs budgets/follow-up.xhtml?id=: where each funded project of a counted budget stands, milestone by milestone. */
@Named
@RequestScoped
public class FollowUpView {

    @Inject
    private RequestIds ids;

    @Inject
    private FollowUp followUp;

    @Inject
    private FacesContext faces;

    private FollowUp.FollowUpPage page;

    @PostConstruct
    void read() {
        Long id = ids.get("id");
        page = id == null ? null : followUp.page(id).orElse(null);
    }

    /** The view action: 404 without a public budget. */
    public void check() {
        StatelessPages.forVisitorsNow();
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public FollowUp.FollowUpPage getPage() {
        return page;
    }
}
