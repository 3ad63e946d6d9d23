package org.civitas.publishing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.publishing.CityAccount;
import org.civitas.publishing.EngagementRefresh;
import org.civitas.publishing.Publication;
import org.civitas.publishing.PublicationService;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Backs admin/publications.xhtml?page=: the publications to the city's accounts, those that failed for good first,
 * each with its last error; a dead one can be sent again (button {@code retryPublication} carrying its id).
 */
@Named
@RequestScoped
public class PublicationsAdminView {

    static final int PAGE_SIZE = 50;

    @Inject
    private PublicationService publications;

    @Inject
    private Messages messages;

    @Inject
    private EngagementRefresh engagement;

    @Inject
    private FacesContext faces;

    private List<Publication> rows;

    public int getPage() {
        return (int) Math.max(1, Math.min(100_000, Numbers.parse(faces.getExternalContext().getRequestParameterMap()
                .get("page")).orElse(1)));
    }

    public List<Publication> getRows() {
        if (rows == null) {
            rows = publications.recent((getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public boolean isMore() {
        return publications.count() > (long) getPage() * PAGE_SIZE;
    }

    public List<CityAccount> getAccounts() {
        return publications.accounts();
    }

    /** Reads every recent post's figures now, whatever their age. */
    public String refreshEngagement() {
        EngagementRefresh.Run run = engagement.refresh(true);
        messages.notice("publications.engagementRefreshed", run.read());
        return "/admin/publications.xhtml?faces-redirect=true";
    }

    public String retry() {
        String[] values = faces.getExternalContext().getRequestParameterValuesMap().get("retryPublication");
        Long id = values == null ? null : Arrays.stream(values).map(Numbers::parseOrNull)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (id == null) {
            return null;
        }
        publications.retry(id);
        messages.notice("publish.retried");
        return "/admin/publications.xhtml?faces-redirect=true";
    }
}
