package org.civitas.guestbook;

/** Who signs: a resident, someone who lived in the town, or a visitor. */
public enum Relation { RESIDENT, FORMER_RESIDENT, VISITOR }
