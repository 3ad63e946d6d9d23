package org.civitas.platform;

/** Why a proposal or a comment is hidden. */
public enum HiddenCause {
    /** Enough distinct reports: hidden until a moderator looks at it. */
    REPORTS,
    /** A moderator's decision, with a public reason shown in its place. */
    MODERATOR,
    /** Its author's account is blocked; unblocking shows it again. */
    BLOCK
}
