package org.civitas.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.AccountService;
import org.civitas.platform.AuditEntry;
import org.civitas.platform.AuditLog;
import org.civitas.platform.Numbers;
import org.civitas.platform.Town;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Backs admin/audit.xhtml: the audit log, newest first, filtered by action and by days (in the town's zone), all in
 * the address ({@code ?action=&from=&to=&page=}) so that a filtered view can be bookmarked. Read-only: the log has
 * no way to change a line.
 */
@Named
@RequestScoped
public class AuditLogView {

    static final int PAGE_SIZE = 50;

    @Inject
    private AuditLog audit;

    @Inject
    private AccountService accounts;

    @Inject
    private Town town;

    @Inject
    private FacesContext faces;

    private String action;
    private String from;
    private String to;
    private int page;
    private long total;
    private List<AuditEntry> entries;
    private Map<Long, AccountService.PublicProfile> actors;
    private List<String> actions;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        actions = audit.actions();
        action = actions.contains(params.get("action")) ? params.get("action") : null;
        LocalDate fromDay = day(params.get("from"));
        LocalDate toDay = day(params.get("to"));
        from = fromDay == null ? null : fromDay.toString();
        to = toDay == null ? null : toDay.toString();
        AuditLog.Filter filter = new AuditLog.Filter(action, null, start(fromDay), toDay == null ? null : start(toDay.plusDays(1)));
        total = audit.count(filter);
        int pages = getPageCount();
        page = Numbers.page(params.get("page"), pages);
        entries = audit.search(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        actors = accounts.publicProfiles(entries.stream().map(AuditEntry::getActorId)
                .filter(Objects::nonNull).toList());
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(town.getZone()).toInstant();
    }

    public String actorName(AuditEntry entry) {
        AccountService.PublicProfile profile = entry.getActorId() == null ? null : actors.get(entry.getActorId());
        return profile == null ? null : profile.displayName();
    }

    /** The address of another page of the same filtered log. */
    public String pageUrl(int number) {
        Map<String, String> query = new LinkedHashMap<>();
        if (action != null) {
            query.put("action", action);
        }
        if (from != null) {
            query.put("from", from);
        }
        if (to != null) {
            query.put("to", to);
        }
        query.put("page", String.valueOf(number));
        return "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getAction() {
        return action;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
