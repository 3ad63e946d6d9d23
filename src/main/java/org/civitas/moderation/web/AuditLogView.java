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
import org.civitas.platform.web.Messages;
import org.civitas.proposals.ProposalReader;

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

    /** The texts of actions and targets: audit.action.CODE, audit.target.KIND (BundlesTest checks every code has one). */
    static final String ACTION_PREFIX = "audit.action.";
    static final String TARGET_PREFIX = "audit.target.";
    private static final String ANSWER_PREFIX = "ANSWER_";
    private static final String ANSWER_LABEL = "audit.action.ANSWER";
    private static final String STATUS_PREFIX = "status.";

    @Inject
    private AuditLog audit;

    @Inject
    private AccountService accounts;

    @Inject
    private Town town;

    @Inject
    private FacesContext faces;

    @Inject
    private ProposalReader proposals;

    @Inject
    private Messages messages;

    private String action;
    private String from;
    private String to;
    private int page;
    private long total;
    private List<AuditEntry> entries;
    private Map<Long, AccountService.PublicProfile> actors;
    private Map<Long, AccountService.PublicProfile> accountTargets;
    private Map<Long, String> proposalTitles;
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
        accountTargets = accounts.publicProfiles(targets("ACCOUNT"));
        proposalTitles = proposals.titles(targets("PROPOSAL"));
    }

    private List<Long> targets(String kind) {
        return entries.stream().filter(e -> kind.equals(e.getTargetKind())).map(AuditEntry::getTargetId).toList();
    }

    /** What an action is, in words ("Proposition masquée"); the code itself for an action no text names yet. */
    public String actionLabel(String code) {
        if (code != null && code.startsWith(ANSWER_PREFIX)) {
            String status = code.substring(ANSWER_PREFIX.length());
            return messages.text(ANSWER_LABEL, messages.text(STATUS_PREFIX + status));
        }
        String key = ACTION_PREFIX + code;
        String label = messages.text(key);
        return label.equals(key) ? code : label;
    }

    /** What a line is about, in words: a proposal's title, an account's name, a comment's number. */
    public String targetLabel(AuditEntry entry) {
        String kind = entry.getTargetKind() == null ? "" : entry.getTargetKind();
        return switch (kind) {
            case "PROPOSAL" -> proposalTitles.getOrDefault(entry.getTargetId(),
                    messages.text(TARGET_PREFIX + kind, entry.getTargetId()));
            case "ACCOUNT" -> accountTargets.containsKey(entry.getTargetId())
                    ? accountTargets.get(entry.getTargetId()).displayName()
                    : messages.text(TARGET_PREFIX + kind, entry.getTargetId());
            case "SETTING" -> messages.text(TARGET_PREFIX + kind);
            default -> {
                String key = TARGET_PREFIX + kind;
                String label = messages.text(key, entry.getTargetId());
                yield label.equals(key) ? kind + " " + entry.getTargetId() : label;
            }
        };
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
