package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestService;
import org.civitas.contests.PhotoEntry;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.Reasons;
import org.civitas.platform.web.RequestIds;

import java.util.List;
import java.util.Optional;

/**
 * Backs moderation/contest-photos.xhtml: contest photos waiting for a moderator, oldest first, each shown with what
 * its author said, to approve or to reject with a reason its author will read.
 */
@Named
@RequestScoped
public class ContestModerationView {

    @Inject
    private ContestReader reader;

    @Inject
    private ContestService contests;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private HttpServletRequest request;

    private List<PhotoEntry> entries;
    private Long count;

    public String approve() {
        contests.approve(ids.require("id"));
        messages.notice("contest.approved");
        return "/moderation/contest-photos.xhtml?faces-redirect=true";
    }

    /** The reason comes from the photo's own field (one per photo, named {@code reason}). */
    public String reject() {
        Optional<String> reason = Reasons.of(request);
        if (reason.isEmpty()) {
            messages.error("guestbook.reasonNeeded");
            return null;
        }
        contests.reject(ids.require("id"), reason.get());
        messages.notice("contest.rejected");
        return "/moderation/contest-photos.xhtml?faces-redirect=true";
    }

    public List<PhotoEntry> getEntries() {
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
