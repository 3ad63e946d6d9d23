package org.civitas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.PlainText;

import java.util.Optional;

/**
 * A moderator's reason typed in a list of items, each with its own field named {@code reason} (the guest book's and
 * the contests' queues): the text, trimmed, when it is one the services take (plain text, 1 to 500 characters).
 */
public final class Reasons {

    private Reasons() {
    }

    public static Optional<String> of(HttpServletRequest request) {
        String reason = request.getParameter("reason");
        if (reason == null || reason.isBlank() || reason.strip().length() > 500 || !reason.matches(PlainText.REGEXP)) {
            return Optional.empty();
        }
        return Optional.of(reason.strip());
    }
}
