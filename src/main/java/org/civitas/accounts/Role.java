package org.civitas.accounts;

/**
 * The roles of the portal, declared once. {@link Names} holds the same names as compile-time constants for
 * {@code @RolesAllowed}; web.xml declares them as security roles (a test checks the two agree).
 */
public enum Role {
    /** Proposes, votes, comments, reports. Every account has it from registration. */
    CITIZEN,
    /** Works the moderation queue: hides and restores content, blocks accounts. */
    MODERATOR,
    /** An elected official: answers proposals publicly and reads the results dashboard. */
    OFFICIAL,
    /** Manages accounts, roles and settings. */
    ADMIN;

    /** Role names as constants, for annotations. */
    public static final class Names {
        public static final String CITIZEN = "CITIZEN";
        public static final String MODERATOR = "MODERATOR";
        public static final String OFFICIAL = "OFFICIAL";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
