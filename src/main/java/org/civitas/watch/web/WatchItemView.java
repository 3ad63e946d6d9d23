package org.civitas.watch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.Numbers;
import org.civitas.platform.Paragraphs;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.District;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;
import org.civitas.watch.TriageState;
import org.civitas.watch.WatchItem;
import org.civitas.watch.WatchService;
import org.civitas.watch.WatchSource;

import java.util.List;
import java.util.Locale;

/**
 * Backs review/watch-item.xhtml ({@code ?id=}): one item of the inbox in full, with its source and the original's
 * link, its state to set, the official to give it to, and the form that turns it into a draft proposal (prefilled
 * from the item; the proposal's text ends with the link to the source), which then opens in the proposal editor.
 */
@Named
@RequestScoped
public class WatchItemView {

    @Inject
    private WatchService service;

    @Inject
    private AccountService accounts;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private WatchItem item;
    private boolean loaded;
    private WatchSource source;
    private List<AccountService.Holder> officials;

    private String assignee;
    private String title;
    private String summary;
    private String body;
    private String themeCode;
    private String districtCode;

    public void load() {
        if (getItem() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (title != null) {
            return;
        }
        assignee = item.getAssigneeId() == null ? "" : item.getAssigneeId().toString();
        String start = item.getTitle() != null ? item.getTitle() : item.getBody().replaceAll("\\s+", " ");
        title = start.length() <= 150 ? start : start.substring(0, 149).strip() + "…";
        String text = item.getBody().replaceAll("\\s+", " ");
        summary = text.length() <= 500 ? text : text.substring(0, 499).strip() + "…";
        body = item.getBody() + "\n\n" + item.getUrl();
    }

    public WatchItem getItem() {
        if (!loaded) {
            Long id = ids.get("id");
            item = id == null ? null : service.find(id).orElse(null);
            loaded = true;
        }
        return item;
    }

    public String reopen() {
        return triage(TriageState.NEW);
    }

    public String seen() {
        return triage(TriageState.SEEN);
    }

    public String answered() {
        return triage(TriageState.ANSWERED);
    }

    public String ignore() {
        return triage(TriageState.IGNORED);
    }

    private String triage(TriageState to) {
        long id = ids.require("id");
        service.triage(id, to);
        messages.notice("watch.triaged");
        return "/review/watch-item.xhtml?faces-redirect=true&id=" + id;
    }

    public String assign() {
        long id = ids.require("id");
        Long to = Numbers.parseOrNull(assignee);
        service.assign(id, to);
        messages.notice(to == null ? "watch.unassigned" : "watch.assigned");
        return "/review/watch-item.xhtml?faces-redirect=true&id=" + id;
    }

    public String propose() {
        long proposal = service.turnIntoProposal(ids.require("id"), new ProposalDraft(title, summary, body, themeCode,
                districtCode == null || districtCode.isBlank() ? null : districtCode));
        messages.notice("watch.proposed");
        return "/proposal/edit.xhtml?faces-redirect=true&id=" + proposal;
    }

    public WatchSource getSource() {
        if (source == null && getItem() != null) {
            source = service.sources().stream().filter(s -> s.getId() == item.getSourceId()).findFirst().orElse(null);
        }
        return source;
    }

    public List<AccountService.Holder> getOfficials() {
        if (officials == null) {
            officials = accounts.holders(Role.OFFICIAL);
        }
        return officials;
    }

    public String person(Long id) {
        return id == null ? null : getOfficials().stream().filter(h -> h.id() == id)
                .map(AccountService.Holder::displayName).findFirst().orElse("—");
    }

    public List<Theme> getThemes() {
        return taxonomy.themes();
    }

    public List<District> getDistricts() {
        return taxonomy.districts();
    }

    public String themeName(Theme theme) {
        Locale locale = faces.getViewRoot().getLocale();
        return theme.name(locale);
    }

    /** The item's text as paragraphs, its addresses as links. */
    public List<List<Paragraphs.Piece>> getParagraphs() {
        return getItem() == null ? List.of() : Paragraphs.of(item.getBody());
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }
}
