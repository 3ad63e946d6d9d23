package org.civitas.watch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.Paging;
import org.civitas.platform.web.RequestIds;
import org.civitas.watch.TriageState;
import org.civitas.watch.WatchFilter;
import org.civitas.watch.WatchItem;
import org.civitas.watch.WatchService;
import org.civitas.watch.WatchSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs review/watch.xhtml, the communication team's inbox: items newest first, {@value #PAGE_SIZE} a page in the
 * database, filtered by state ({@code ?state=}), source ({@code ?source=}) and assignee ({@code ?assigned=}), the
 * filters a plain GET form (bookmarkable); each row marks its item seen or ignored in one click, and the filters and
 * page stay after it.
 */
@Named
@RequestScoped
public class WatchInboxView {

    static final int PAGE_SIZE = 25;

    @Inject
    private WatchService service;

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    private WatchFilter filter;
    private Paging paging;
    private List<WatchItem> items;
    private Map<Long, WatchSource> sources;
    private Map<Long, String> people;

    public WatchFilter getFilter() {
        if (filter == null) {
            filter = WatchFilter.of(request.getParameter("state"), request.getParameter("source"),
                    request.getParameter("assigned"));
        }
        return filter;
    }

    public Paging getPaging() {
        if (paging == null) {
            paging = Paging.of(request.getParameter("p"), service.count(getFilter()), PAGE_SIZE);
        }
        return paging;
    }

    public List<WatchItem> getItems() {
        if (items == null) {
            items = service.items(getFilter(), getPaging().first(), PAGE_SIZE);
        }
        return items;
    }

    public String seen() {
        return set(TriageState.SEEN, "watch.markedSeen");
    }

    public String ignore() {
        return set(TriageState.IGNORED, "watch.markedIgnored");
    }

    private String set(TriageState state, String notice) {
        service.triage(ids.require("id"), state);
        messages.notice(notice);
        return "/review/watch.xhtml?faces-redirect=true&" + getQuery() + "&p=" + getPaging().getPage();
    }

    /** The filter's parameters, for links to other pages of the same list. */
    public String getQuery() {
        WatchFilter f = getFilter();
        return "state=" + f.stateParam() + (f.sourceId() == null ? "" : "&source=" + f.sourceId())
                + (f.assigned() == WatchFilter.Assigned.ANYONE ? "" : "&assigned="
                + URLEncoder.encode(f.assigned().name().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8));
    }

    public String getStateParam() {
        return getFilter().stateParam();
    }

    public String getAssignedParam() {
        return getFilter().assigned().name().toLowerCase(Locale.ROOT);
    }

    public List<WatchSource> getSources() {
        return List.copyOf(sourceMap().values());
    }

    private Map<Long, WatchSource> sourceMap() {
        if (sources == null) {
            sources = service.sources().stream().collect(Collectors.toMap(WatchSource::getId, Function.identity(),
                    (a, b) -> a, LinkedHashMap::new));
        }
        return sources;
    }

    public String sourceLabel(long id) {
        WatchSource s = sourceMap().get(id);
        return s == null ? "" : s.getLabel();
    }

    public String kindOf(long id) {
        WatchSource s = sourceMap().get(id);
        return s == null ? "" : s.getKind().name();
    }

    /** The name of the official an item is assigned to. */
    public String person(Long id) {
        if (id == null) {
            return null;
        }
        if (people == null) {
            people = accounts.holders(Role.OFFICIAL).stream()
                    .collect(Collectors.toMap(AccountService.Holder::id, AccountService.Holder::displayName));
        }
        return people.getOrDefault(id, "—");
    }

    public TriageState[] getStates() {
        return TriageState.values();
    }

    /** Short text for a row: the title, else the start of the text. */
    public String excerpt(WatchItem item) {
        String text = item.getBody();
        return text.length() <= 280 ? text : text.substring(0, 279).strip() + "…";
    }
}
