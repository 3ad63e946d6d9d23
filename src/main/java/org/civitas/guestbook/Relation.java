package org.civitas.guestbook;

/** Who signs: a resident, someone who lived in the town, or a visitor. */
public enum Relation {
    RESIDENT, FORMER_RESIDENT, VISITOR;

    /** Its words in the bundles. */
    public String messageKey() {
        return "guestbook.relation." + name();
    }
}
