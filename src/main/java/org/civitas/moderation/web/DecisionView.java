package org.civitas.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.civitas.moderation.ModerationService;
import org.civitas.moderation.ReportTarget;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

import java.util.Map;

/**
 * Backs moderation/decide.xhtml?target=COMMENT&amp;id=5 (or PROPOSAL): the item with its open reports, and the
 * decision: hide it with a public reason, or keep it visible. Read from the request in {@code @PostConstruct}
 * (hidden fields on the postback).
 */
@Named
@RequestScoped
public class DecisionView {

    @Inject
    private RequestIds ids;

    @Inject
    private ModerationService moderation;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private ReportTarget target;
    private Long id;
    private ModerationService.QueueItem item;

    @Size(max = 500)
    @PlainText
    private String reason;

    @PostConstruct
    void read() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        id = ids.get("id");
        try {
            target = params.get("target") == null ? null : ReportTarget.valueOf(params.get("target"));
        } catch (IllegalArgumentException e) {
            target = null;
        }
        if (target != null && id != null) {
            item = moderation.findItem(target, id).orElse(null);
        }
        if (item == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String hide() {
        return decide(true, "moderation.hidden");
    }

    public String keep() {
        return decide(false, "moderation.kept");
    }

    private String decide(boolean hide, String notice) {
        if (item == null) {
            return null;
        }
        if (hide && (reason == null || reason.isBlank())) {
            messages.fieldError("reason", "moderation.reasonRequired");
            return null;
        }
        moderation.decide(target, id, hide, reason);
        messages.notice(notice);
        return "/moderation/queue.xhtml?faces-redirect=true";
    }

    public boolean isFound() {
        return item != null;
    }

    public ModerationService.QueueItem getItem() {
        return item;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
