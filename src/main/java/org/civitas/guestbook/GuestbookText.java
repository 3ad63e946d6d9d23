package org.civitas.guestbook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;

/** What one writes in the guest book: who one is to the town, where one writes from (optional), the message. */
public record GuestbookText(
        @NotNull
        Relation relation,
        @Size(max = 80) @PlainLine
        String place,
        @NotBlank @Size(min = 3, max = 2000) @PlainText
        String body) {

    public GuestbookText {
        place = place == null || place.isBlank() ? null : place.strip();
        body = body == null ? null : body.strip();
    }
}
