package org.civitas.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.notifications.NoticeKind;
import org.civitas.notifications.Notification;
import org.civitas.notifications.NotificationService;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;

import java.util.List;
import java.util.Map;

/** Backs account/notifications.xhtml: the caller's notifications, newest first, 20 a page, and "mark all read". */
@Named
@RequestScoped
public class NotificationsView {

    static final int PAGE_SIZE = 20;

    @Inject
    private NotificationService notifications;

    @Inject
    private ProposalReader proposals;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private int page;
    private long total;
    private List<Notification> items;
    private Map<Long, ProposalRow> rows;

    @PostConstruct
    void load() {
        total = notifications.countMine();
        page = Numbers.page(faces.getExternalContext().getRequestParameterMap().get("page"), getPageCount());
        items = notifications.mine((page - 1) * PAGE_SIZE, PAGE_SIZE);
        rows = proposals.rows(items.stream().map(Notification::getProposalId).toList());
    }

    public String markAllRead() {
        int marked = notifications.markAllRead();
        messages.notice("notifications.marked", marked);
        return "/account/notifications.xhtml?faces-redirect=true";
    }

    /** What a notification is, or null for a kind this version does not know. */
    public NoticeKind kind(Notification notification) {
        return NoticeKind.parse(notification.getKind()).orElse(null);
    }

    /** The proposal a notification is about, or null if it is no longer visible. */
    public ProposalRow proposal(Notification notification) {
        return rows.get(notification.getProposalId());
    }

    public List<Notification> getItems() {
        return items;
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
