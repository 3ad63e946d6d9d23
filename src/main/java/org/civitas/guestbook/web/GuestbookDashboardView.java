package org.civitas.guestbook.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.guestbook.GuestbookReader;

/** The guest book's part of the officials' dashboard: messages on the wall, and messages waiting for a moderator. */
@Named
@RequestScoped
public class GuestbookDashboardView {

    @Inject
    private GuestbookReader reader;

    private long published;
    private long pending;

    @PostConstruct
    void load() {
        published = reader.count();
        pending = reader.pendingCount();
    }

    public long getPublished() {
        return published;
    }

    public long getPending() {
        return pending;
    }
}
