package org.civitas.moderation;

/** What kind of item a report is about. */
public enum ReportTarget {
    PROPOSAL,
    COMMENT
}
