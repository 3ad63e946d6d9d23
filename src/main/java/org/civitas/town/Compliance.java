package org.civitas.town;

/** The compliance states RGAA allows a statement to declare; without an audit, a site is not compliant (NON). */
public enum Compliance {
    NON, PARTIAL, TOTAL
}
