package org.civitas.search;

import java.util.Arrays;
import java.util.Optional;

/** What a search result is: a proposal (or a budget idea), a comment, an official answer, a budget project. */
public enum SearchKind {
    PROPOSAL, COMMENT, ANSWER, PROJECT;

    public static Optional<SearchKind> parse(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.trim())).findFirst();
    }

    public String messageKey() {
        return "search.kind." + name();
    }
}
