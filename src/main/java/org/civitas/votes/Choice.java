package org.civitas.votes;

/** A citizen's position on a proposal. */
public enum Choice { FOR, AGAINST }
