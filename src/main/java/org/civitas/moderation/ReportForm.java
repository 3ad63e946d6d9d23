package org.civitas.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;

/** What a report says: a reason and, optionally, a few words of plain text. */
public record ReportForm(
        @NotNull ReportReason reason,
        @Size(max = 500) @PlainText
        String details) {
}
