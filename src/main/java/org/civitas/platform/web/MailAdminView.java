package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Numbers;
import org.civitas.platform.mail.MailAdmin;
import org.civitas.platform.mail.OutboxMail;

import java.util.List;

/**
 * Backs admin/mail.xhtml?page=: outgoing mail as the administrators see it (how much waits, the mails given up with
 * the SMTP server's last answer), and sending given-up mail again: one (button {@code retryMail} carrying its id) or
 * all of them ({@code retryAllMail}).
 */
@Named
@RequestScoped
public class MailAdminView {

    static final int PAGE_SIZE = 50;

    @Inject
    private MailAdmin mail;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private RequestIds ids;

    private MailAdmin.Status status;
    private List<OutboxMail> rows;

    public MailAdmin.Status getStatus() {
        if (status == null) {
            status = mail.status();
        }
        return status;
    }

    public int getPageCount() {
        return (int) Math.max(1, Math.min(100_000, (getStatus().dead() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    public int getPage() {
        return Numbers.page(faces.getExternalContext().getRequestParameterMap().get("page"), getPageCount());
    }

    public List<OutboxMail> getRows() {
        if (rows == null) {
            rows = mail.dead((getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public String retry() {
        Long id = ids.get("retryMail");
        if (id == null) {
            return null;
        }
        mail.retry(id);
        messages.notice("mail.retried");
        return "/admin/mail.xhtml?faces-redirect=true";
    }

    public String retryAll() {
        messages.notice("mail.retriedAll", mail.retryAll());
        return "/admin/mail.xhtml?faces-redirect=true";
    }
}
