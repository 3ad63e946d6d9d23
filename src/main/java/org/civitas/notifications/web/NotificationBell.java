package org.civitas.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.notifications.NotificationService;

/** The header's bell: the signed-in person's unread notifications, counted once per request when shown. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }
}
