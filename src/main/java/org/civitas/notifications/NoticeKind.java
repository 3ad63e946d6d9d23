package org.civitas.notifications;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of notification, each with the mail it brings by default. What one asked for or wrote (an answer to it, a
 * review of one's idea, a reply to one's comment) is mailed at once; what one follows (new comments, new proposals,
 * a project's steps) comes in the daily digest, so that following a busy theme does not fill a mailbox.
 */
public enum NoticeKind {
    ANSWER(Cadence.IMMEDIATE, "notifications.answer", "notifications.read"),
    IDEA(Cadence.IMMEDIATE, "notifications.idea", "notifications.read"),
    REPLY(Cadence.IMMEDIATE, "notifications.reply", "notifications.open"),
    COMMENT(Cadence.DAILY, "notifications.comment", "notifications.open"),
    NEW_PROPOSAL(Cadence.DAILY, "notifications.newProposal", "notifications.open"),
    MILESTONE(Cadence.DAILY, "notifications.milestone", "notifications.open");

    private final Cadence byDefault;
    private final String lineKey;
    private final String linkKey;

    NoticeKind(Cadence byDefault, String lineKey, String linkKey) {
        this.byDefault = byDefault;
        this.lineKey = lineKey;
        this.linkKey = linkKey;
    }

    /**
     * The message of one such notification, in the portal and in a digest: {0} the proposal's title, {1} an answer's
     * decision.
     */
    public String lineKey() {
        return lineKey;
    }

    /** The words of the link to its proposal ("Read the answer", "See the proposal"). */
    public String linkKey() {
        return linkKey;
    }

    public Cadence byDefault() {
        return byDefault;
    }

    /** The kind a text names, whatever its case; empty for anything else. */
    public static Optional<NoticeKind> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.trim())).findFirst();
    }

    public String messageKey() {
        return "noticeKind." + name();
    }

    /** What the kind covers, under its name on the page of one's choices. */
    public String hintKey() {
        return "noticeKind." + name() + ".hint";
    }

    /**
     * SQL for the cadence an account (the {@code a} of the enclosing query) chose for this kind: its preference, else
     * the kind's default.
     */
    String cadenceSql() {
        return "COALESCE((SELECT p.cadence FROM notice_preference p WHERE p.account_id = a.id AND p.kind = '" + name()
                + "'), '" + byDefault.name() + "')";
    }

    /** The same, for the kind a column of the enclosing query holds ({@code n.kind}). */
    static String cadenceSql(String kindColumn) {
        StringBuilder defaults = new StringBuilder("CASE ").append(kindColumn);
        for (NoticeKind kind : values()) {
            defaults.append(" WHEN '").append(kind.name()).append("' THEN '").append(kind.byDefault.name()).append('\'');
        }
        defaults.append(" END");
        return "COALESCE((SELECT p.cadence FROM notice_preference p WHERE p.account_id = a.id AND p.kind = "
                + kindColumn + "), " + defaults + ")";
    }
}
