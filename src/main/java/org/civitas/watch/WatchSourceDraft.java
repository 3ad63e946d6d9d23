package org.civitas.watch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

/**
 * A source as an administrator enters it: its kind, name, address (https, or http on this machine for tests), query
 * (a tag without its #, search words; none for a feed), keywords that narrow what it brings (separated by commas: an
 * item is kept when it has one of them; none keeps everything), minutes between polls (5 to 1,440), an access token
 * (blank when changing a source: the one sealed stays) and whether it is polled.
 */
public record WatchSourceDraft(@NotNull WatchKind kind,
                               @NotBlank @Size(max = 120) @PlainLine String label,
                               @NotBlank @Size(max = 500) @Pattern(regexp = "https://[^\\s]+|http://(localhost|127\\.0\\.0\\.1)[:/][^\\s]*",
                                       message = "{watch.urlInvalid}") String baseUrl,
                               @Size(max = 200) @PlainLine String query,
                               @Size(max = 500) @PlainLine String keywords,
                               @Min(5) @Max(1440) int intervalMinutes,
                               @Size(max = 2000) String token,
                               boolean active) {

    /** Never the token: a draft may be logged by a validation failure. */
    @Override
    public String toString() {
        return "WatchSourceDraft[" + kind + ", " + label + "]";
    }
}
