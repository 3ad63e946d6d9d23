package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.StatelessPages;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs budgets/ideas.xhtml?id=: the ideas residents wrote for a budget, paged in the database, filtered by envelope
 * and theme, most supported or newest first (a GET form: each list has its address). The rows are the proposals'
 * list rows, shown with the proposals' card.
 */
@Named
@RequestScoped
public class BudgetIdeasView {

    public static final int PAGE_SIZE = 20;

    @Inject
    private RequestIds ids;

    @Inject
    private BudgetService budgets;

    @Inject
    private ProposalReader proposals;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private LocaleSelection locale;

    @Inject
    private FacesContext faces;

    private BudgetPage page;
    private Long envelope;
    private String theme;
    private ProposalQuery.Sort sort = ProposalQuery.Sort.MOST_SUPPORTED;
    private List<Theme> themes;
    private List<ProposalRow> rows = List.of();
    private long total;
    private int pageIndex;

    @PostConstruct
    void read() {
        Long id = ids.get("id");
        page = id == null ? null : budgets.page(id, false).orElse(null);
    }

    /** The view action: reads the filters (an unknown one is ignored) and the page of rows; 404 without a budget. */
    public void load() {
        StatelessPages.forVisitorsNow();
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        Long askedEnvelope = ids.get("envelope");
        envelope = page.envelopes().stream().map(BudgetPage.EnvelopeRow::id).filter(e -> e.equals(askedEnvelope))
                .findFirst().orElse(null);
        themes = taxonomy.themes();
        String askedTheme = params.get("theme");
        theme = themes.stream().map(Theme::getCode).filter(c -> c.equals(askedTheme)).findFirst().orElse(null);
        sort = "NEWEST".equals(params.get("sort")) ? ProposalQuery.Sort.NEWEST : ProposalQuery.Sort.MOST_SUPPORTED;
        List<Long> envelopes = envelope != null ? List.of(envelope)
                : page.envelopes().stream().map(BudgetPage.EnvelopeRow::id).toList();
        ProposalQuery query = new ProposalQuery(theme, null, null, null, sort).ideasFor(envelopes);
        total = proposals.count(query);
        pageIndex = Math.max(0, Math.min(getPageCount() - 1, Numbers.page(params.get("page"), Integer.MAX_VALUE) - 1));
        rows = proposals.list(query, pageIndex * PAGE_SIZE, PAGE_SIZE);
    }

    /** The address of another page of the same list. */
    public String pageUrl(int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", Long.toString(page.budget().getId()));
        params.put("envelope", envelope == null ? null : envelope.toString());
        params.put("theme", theme);
        params.put("sort", sort == ProposalQuery.Sort.NEWEST ? "NEWEST" : null);
        if (number > 1) {
            params.put("page", Integer.toString(number));
        }
        return "/budgets/ideas.xhtml?" + params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String themeName(Theme t) {
        return t.name(locale.getLocale() == null ? Locale.FRENCH : locale.getLocale());
    }

    public boolean isFiltered() {
        return envelope != null || theme != null;
    }

    public BudgetPage getPage() {
        return page;
    }

    public Long getEnvelope() {
        return envelope;
    }

    /** The filters are read from the address in {@link #load}; their fields (a GET form) write nothing. */
    public void setEnvelope(Long ignored) {
        // read in load()
    }

    public void setTheme(String ignored) {
        // read in load()
    }

    public void setSort(String ignored) {
        // read in load()
    }

    public String getTheme() {
        return theme;
    }

    public String getSort() {
        return sort.name();
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public List<ProposalRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getCurrentPage() {
        return pageIndex + 1;
    }
}
