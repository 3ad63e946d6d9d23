package org.civitas.comments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;

/** What a citizen writes in a comment: plain text, 2,000 characters at most, no invisible control characters. */
public record CommentText(
        @NotBlank @Size(max = 2000) @PlainText
        String body) {
}
