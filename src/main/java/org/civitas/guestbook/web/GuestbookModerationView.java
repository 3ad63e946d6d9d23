package org.civitas.guestbook.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.guestbook.GuestbookEntry;
import org.civitas.guestbook.GuestbookReader;
import org.civitas.guestbook.GuestbookService;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.Reasons;
import org.civitas.platform.web.RequestIds;

import java.util.List;
import java.util.Optional;

/**
 * Backs moderation/guestbook.xhtml: the messages waiting for a moderator, oldest first, each with a button to publish
 * it and one to reject it with a reason (required: it goes to the audit log).
 */
@Named
@RequestScoped
public class GuestbookModerationView {

    @Inject
    private GuestbookReader reader;

    @Inject
    private GuestbookService guestbook;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    private List<GuestbookEntry> entries;
    private Long count;

    public String publish() {
        guestbook.publish(ids.require("id"));
        messages.notice("guestbook.published");
        return "/moderation/guestbook.xhtml?faces-redirect=true";
    }

    /** The reason comes from the message's own field (one per message, named {@code reason}). */
    public String reject() {
        Optional<String> reason = Reasons.of(request);
        if (reason.isEmpty()) {
            messages.error("guestbook.reasonNeeded");
            return null;
        }
        guestbook.reject(ids.require("id"), reason.get());
        messages.notice("guestbook.rejected");
        return "/moderation/guestbook.xhtml?faces-redirect=true";
    }

    public List<GuestbookEntry> getEntries() {
        if (entries == null) {
            entries = reader.pending(0, 50);
        }
        return entries;
    }

    public long getCount() {
        if (count == null) {
            count = reader.pendingCount();
        }
        return count;
    }
}
