package org.civitas.watch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.SecretBox;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.watch.WatchKind;
import org.civitas.watch.WatchPoller;
import org.civitas.watch.WatchService;
import org.civitas.watch.WatchSource;
import org.civitas.watch.WatchSourceDraft;

import java.util.List;

/**
 * Backs admin/watch.xhtml ({@code ?id=} to change one): the watch's sources with how their polls go, a button to poll
 * one now, the form to add or change one, and removing one (after a confirmation: its items go with it). The token
 * field is always empty: a token entered is sealed at once and never shown again.
 */
@Named
@RequestScoped
public class WatchSourcesAdminView {

    @Inject
    private WatchService service;

    @Inject
    private WatchPoller poller;

    @Inject
    private SecretBox secrets;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private WatchSource editing;
    private boolean loaded;
    private List<WatchSource> all;

    private WatchKind kind = WatchKind.MASTODON_TAG;
    private String label;
    private String baseUrl;
    private String query;
    private String keywords;
    private int intervalMinutes = 15;
    private String token;
    private boolean active = true;

    public void load() {
        if (ids.get("id") != null && getEditing() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (label != null || getEditing() == null) {
            return;
        }
        WatchSource s = editing;
        kind = s.getKind();
        label = s.getLabel();
        baseUrl = s.getBaseUrl();
        query = s.getQuery();
        keywords = s.getKeywords();
        intervalMinutes = s.getIntervalMinutes();
        active = s.isActive();
    }

    public String save() {
        Long id = ids.get("id");
        WatchKind chosen = getEditing() == null ? kind : editing.getKind();
        String url = (baseUrl == null || baseUrl.isBlank()) && chosen.defaultUrl() != null ? chosen.defaultUrl() : baseUrl;
        WatchSource saved = service.saveSource(id, new WatchSourceDraft(chosen, label, url, query, keywords,
                intervalMinutes, token, active));
        messages.notice(id == null ? "watch.sourceCreated" : "watch.sourceSaved");
        return "/admin/watch.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    /** Polls the source of the list's row now (its form's {@code id}). */
    public String poll() {
        WatchPoller.Outcome outcome = poller.pollNow(ids.require("id"));
        if (outcome.error() == null) {
            messages.notice("watch.polled", outcome.kept());
        } else {
            messages.error("watch.pollFailed", outcome.error());
        }
        return "/admin/watch.xhtml?faces-redirect=true";
    }

    public String remove() {
        int items = service.removeSource(ids.require("id"));
        messages.notice("watch.sourceRemoved", items);
        return "/admin/watch.xhtml?faces-redirect=true";
    }

    public String forgetToken() {
        long id = ids.require("id");
        service.forgetToken(id);
        messages.notice("watch.tokenForgotten");
        return "/admin/watch.xhtml?faces-redirect=true&id=" + id;
    }

    public WatchSource getEditing() {
        if (!loaded) {
            Long id = ids.get("id");
            editing = id == null ? null : getAll().stream().filter(s -> s.getId().equals(id)).findFirst()
                    .orElse(null);
            loaded = true;
        }
        return editing;
    }

    public List<WatchSource> getAll() {
        if (all == null) {
            all = service.sources();
        }
        return all;
    }

    public boolean isKeyConfigured() {
        return secrets.available();
    }

    public WatchKind[] getKinds() {
        return WatchKind.values();
    }

    public WatchKind getKind() {
        return kind;
    }

    public void setKind(WatchKind kind) {
        this.kind = kind;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label == null ? null : label.strip();
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl == null ? null : baseUrl.strip();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public int getIntervalMinutes() {
        return intervalMinutes;
    }

    public void setIntervalMinutes(int intervalMinutes) {
        this.intervalMinutes = intervalMinutes;
    }

    /** Always empty: a token is never shown again. */
    public String getToken() {
        return null;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
