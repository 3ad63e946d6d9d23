package org.civitas.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.StatelessPages;
import org.civitas.proposals.District;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs proposal/list.xhtml ({@code /proposals}): filters, order and page are query parameters, so a filtered
 * list can be bookmarked and shared; the page is read in two queries (the rows and their count), whatever its size.
 */
@Named
@RequestScoped
public class ProposalsView {

    public static final int PAGE_SIZE = 20;

    @Inject
    private ProposalReader proposals;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private FacesContext faces;

    private String q;
    private String theme;
    private String district;
    private String status;
    private String sort;
    private String page;
    /** {@code map}: the map of the same list, with the list of its pins beneath it. */
    private String view;

    private List<ProposalRow> rows = List.of();
    private long total;
    private int pageIndex;
    private List<Theme> themes;
    private List<District> districts;

    /** The view action: reads the parameters leniently (an unknown value is ignored) and loads the page. */
    public void load() {
        StatelessPages.forVisitorsNow();
        themes = taxonomy.themes();
        districts = taxonomy.districts();
        theme = themes.stream().map(Theme::getCode).filter(c -> c.equals(theme)).findFirst().orElse(null);
        district = ProposalQuery.WHOLE_TOWN.equals(district) ? district
                : districts.stream().map(District::getCode).filter(c -> c.equals(district)).findFirst().orElse(null);
        ProposalStatus statusFilter = parse(ProposalStatus.class, status);
        status = statusFilter == null || statusFilter == ProposalStatus.DRAFT ? null : statusFilter.name();
        ProposalQuery.Sort order = parse(ProposalQuery.Sort.class, sort);
        sort = order == null ? null : order.name();
        view = "map".equals(view) ? view : null;
        ProposalQuery query = new ProposalQuery(theme, district, status == null ? null : statusFilter, q, order);
        if (isMap()) {
            query = query.placedOnly();
        }
        total = proposals.count(query);
        int pages = getPageCount();
        pageIndex = Math.max(0, Math.min(pages - 1, parsePage(page) - 1));
        rows = proposals.list(query, pageIndex * PAGE_SIZE, PAGE_SIZE);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parsePage(String value) {
        return Numbers.page(value, Integer.MAX_VALUE);
    }

    /** The address of another page of the same list. */
    public String pageUrl(int number) {
        return address(view, number);
    }

    /** The same list and filters shown as a list ({@code null}) or as a map ({@code "map"}), from its first page. */
    public String viewUrl(String asked) {
        return address(asked, 1);
    }

    /** The API address of the map's pins for the same filters (map.js adds the area and zoom). */
    public String getMapApi() {
        String query = address(null, 1);
        int mark = query.indexOf('?');
        return "/api/proposals/map" + (mark < 0 ? "" : query.substring(mark));
    }

    private String address(String asView, int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("view", asView);
        params.put("q", q);
        params.put("theme", theme);
        params.put("district", district);
        params.put("status", status);
        params.put("sort", sort);
        if (number > 1) {
            params.put("page", Integer.toString(number));
        }
        String query = params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/proposals" + (query.isEmpty() ? "" : "?" + query);
    }

    /** Page numbers to offer: the first, the last, and two either side of the current one. */
    public List<Integer> getPageNumbers() {
        int pages = getPageCount();
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - (pageIndex + 1)) <= 2) {
                numbers.add(n);
            } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0); // a gap, shown as an ellipsis
            }
        }
        return numbers;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getCurrentPage() {
        return pageIndex + 1;
    }


    public ProposalStatus[] getStatuses() {
        return new ProposalStatus[]{ProposalStatus.PUBLISHED, ProposalStatus.UNDER_REVIEW, ProposalStatus.ACCEPTED,
                ProposalStatus.IN_PROGRESS, ProposalStatus.IMPLEMENTED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN};
    }

    public ProposalQuery.Sort[] getSorts() {
        return ProposalQuery.Sort.values();
    }

    public boolean isFiltered() {
        return q != null && !q.isBlank() || theme != null || district != null || status != null;
    }

    public List<ProposalRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public List<District> getDistricts() {
        return districts;
    }

    /** The theme the list is filtered by, if it is one in use: what a person may follow from here. */
    public Theme getChosenTheme() {
        filtersOfAPost();
        return theme == null ? null : themes.stream().filter(t -> t.getCode().equals(theme)).findFirst().orElse(null);
    }

    /** The district the list is filtered by, if it is one (not the whole town). */
    public District getChosenDistrict() {
        filtersOfAPost();
        return district == null ? null
                : districts.stream().filter(d -> d.getCode().equals(district)).findFirst().orElse(null);
    }

    /**
     * A follow button posts the list's form back: the view action does not run then, and the buttons are decoded
     * before the view parameters are set, so the filters they depend on are read here from the form, once.
     */
    private void filtersOfAPost() {
        if (themes == null) {
            themes = taxonomy.themes();
            districts = taxonomy.districts();
            Map<String, String> form = faces.getExternalContext().getRequestParameterMap();
            theme = form.get("theme");
            district = form.get("district");
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isMap() {
        return "map".equals(view);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
