package org.civitas.watch;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the inbox shows: items in some states ({@code open}, the default: new and seen; {@code all}; or one state), of
 * one source or all, assigned to the person looking ({@code mine}), to nobody ({@code none}) or to anyone.
 */
public record WatchFilter(Set<TriageState> states, Long sourceId, Assigned assigned) {

    public enum Assigned { ANYONE, MINE, NONE }

    public static final String OPEN = "open";
    public static final String ALL = "all";

    /** From a page's or the API's parameters, each perhaps absent or wrong (then the default). */
    public static WatchFilter of(String state, String source, String assigned) {
        Set<TriageState> states = EnumSet.of(TriageState.NEW, TriageState.SEEN);
        if (ALL.equals(state)) {
            states = EnumSet.allOf(TriageState.class);
        } else if (state != null && !state.isBlank() && !OPEN.equals(state)) {
            try {
                states = EnumSet.of(TriageState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                // the default
            }
        }
        Long sourceId = source != null && source.matches("[0-9]{1,18}") ? Long.valueOf(source) : null;
        Assigned who = Assigned.ANYONE;
        if (assigned != null) {
            try {
                who = Assigned.valueOf(assigned.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // anyone
            }
        }
        return new WatchFilter(states, sourceId, who);
    }

    /** The state parameter that gives this filter again. */
    public String stateParam() {
        if (states.size() == TriageState.values().length) {
            return ALL;
        }
        return states.size() == 1 ? states.iterator().next().name().toLowerCase(Locale.ROOT) : OPEN;
    }
}
