package org.civitas.search;

import java.util.List;

/** A page of results, how many there are in all, and the query's words as they were compared. */
public record SearchResults(long total, List<SearchHit> hits, List<String> words) {

    public static final SearchResults NONE = new SearchResults(0, List.of(), List.of());
}
