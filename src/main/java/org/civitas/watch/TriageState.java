package org.civitas.watch;

/** Where an item of the watch inbox is: nobody has looked, someone has, answered, turned into a proposal, set aside. */
public enum TriageState {
    NEW, SEEN, ANSWERED, PROPOSAL, IGNORED;

    /** The states a person sets by hand ({@link #PROPOSAL} comes with the proposal). */
    public boolean settable() {
        return this != PROPOSAL;
    }
}
