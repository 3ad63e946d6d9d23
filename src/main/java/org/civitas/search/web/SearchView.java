package org.civitas.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;
import org.civitas.search.SearchHit;
import org.civitas.search.SearchKind;
import org.civitas.search.SearchQuery;
import org.civitas.search.SearchResults;
import org.civitas.search.SearchService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Backs search.xhtml, a GET form and its results (bookmarkable: every filter is in the address): the words, a kind,
 * a theme, a district, a period, and the page. A filter that names nothing known is left out, with a message for a
 * malformed date.
 */
@Named
@RequestScoped
public class SearchView {

    @Inject
    private SearchService search;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String q;
    private String kind;
    private String theme;
    private String district;
    private String from;
    private String to;
    private int page;
    private List<Theme> themes;
    private List<District> districts;
    private SearchResults results = SearchResults.NONE;

    @PostConstruct
    void load() {
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        q = trimmed(p.get("q"));
        themes = taxonomy.themes();
        districts = taxonomy.districts();
        SearchKind k = SearchKind.parse(p.get("kind")).orElse(null);
        kind = k == null ? null : k.name();
        theme = themes.stream().map(Theme::getCode).filter(c -> c.equals(p.get("theme"))).findFirst().orElse(null);
        district = districts.stream().map(District::getCode).filter(c -> c.equals(p.get("district"))).findFirst()
                .orElse(null);
        LocalDate fromDay = day(p.get("from"));
        LocalDate toDay = day(p.get("to"));
        from = fromDay == null ? null : fromDay.toString();
        to = toDay == null ? null : toDay.toString();
        page = 1;
        if (q != null) {
            // The page asked for, read at once; past the last page (an old link), the last page
            SearchQuery query = new SearchQuery(q, k, theme, district, fromDay, toDay);
            page = Numbers.page(p.get("page"), SearchService.MAX_PAGES);
            results = search.search(query, (page - 1) * SearchService.PAGE_SIZE, SearchService.PAGE_SIZE);
            if (results.hits().isEmpty() && page > getPageCount()) {
                page = getPageCount();
                results = search.search(query, (page - 1) * SearchService.PAGE_SIZE, SearchService.PAGE_SIZE);
            }
        }
    }

    private LocalDate day(String text) {
        String t = trimmed(text);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            messages.error("search.badDate");
            return null;
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Where a result leads: the proposal's page (at the comment or answer), or the budget's. */
    public String link(SearchHit hit) {
        return faces.getExternalContext().getRequestContextPath() + hit.path();
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("?q=").append(enc(q));
        append(link, "kind", kind);
        append(link, "theme", theme);
        append(link, "district", district);
        append(link, "from", from);
        append(link, "to", to);
        return link.append("&page=").append(number).toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(enc(value));
        }
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public boolean isAsked() {
        return q != null;
    }

    public List<SearchKind> getKinds() {
        return List.of(SearchKind.values());
    }

    public SearchResults getResults() {
        return results;
    }

    public int getPageCount() {
        return (int) Math.max(1, Math.min(SearchService.MAX_PAGES,
                (results.total() + SearchService.PAGE_SIZE - 1) / SearchService.PAGE_SIZE));
    }

    public int getPage() {
        return page;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public String getQ() {
        return q;
    }

    public String getKind() {
        return kind;
    }

    public String getTheme() {
        return theme;
    }

    public String getDistrict() {
        return district;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }
}
