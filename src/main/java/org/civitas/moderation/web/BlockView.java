package org.civitas.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.Account;
import org.civitas.moderation.ModerationService;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

/**
 * Backs moderation/block.xhtml?account=ID: blocks an account (with a reason for the audit log, and a confirmation
 * checkbox) or unblocks it.
 */
@Named
@RequestScoped
public class BlockView {

    @Inject
    private RequestIds ids;

    @Inject
    private ModerationService moderation;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Long accountId;
    private Account account;

    @Size(max = 500)
    @PlainText
    private String reason;

    private boolean confirmed;

    @PostConstruct
    void read() {
        accountId = ids.get("account");
        account = accountId == null ? null : moderation.findAccount(accountId).orElse(null);
        if (account == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String block() {
        if (account == null) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            messages.fieldError("reason", "moderation.reasonRequired");
            return null;
        }
        if (!confirmed) {
            messages.fieldError("confirmed", "moderation.confirmBlock");
            return null;
        }
        int hidden = moderation.block(accountId, reason);
        messages.notice("moderation.blocked", account.getDisplayName(), hidden);
        return "/moderation/queue.xhtml?faces-redirect=true";
    }

    public String unblock() {
        if (account == null) {
            return null;
        }
        int shown = moderation.unblock(accountId, reason);
        messages.notice("moderation.unblocked", account.getDisplayName(), shown);
        return "/moderation/queue.xhtml?faces-redirect=true";
    }

    public boolean isFound() {
        return account != null;
    }

    public Account getAccount() {
        return account;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
