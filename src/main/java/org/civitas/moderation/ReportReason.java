package org.civitas.moderation;

/** Why an item is reported. */
public enum ReportReason {
    SPAM,
    OFFENSIVE,
    OFF_TOPIC
}
