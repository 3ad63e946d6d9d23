package org.civitas.notifications.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.notifications.NotificationService;
import org.civitas.platform.web.Messages;

/** The header's bell: the signed-in person's unread notifications, counted once per request when shown. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationService notifications;

    @Inject
    private Messages messages;

    private Long unread;

    /** What a screen reader says of the bell: "Notifications, 2 unread". */
    public String getLabel() {
        return messages.text("notifications.bell", getUnread());
    }

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }
}
