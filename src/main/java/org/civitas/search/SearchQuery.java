package org.civitas.search;

import java.time.LocalDate;

/**
 * What a visitor searches: words, and optionally one kind, a theme, a district (by code), and the days the thing was
 * written or published between (inclusive, in the town's time zone). Words are required; the rest narrows.
 */
public record SearchQuery(String text, SearchKind kind, String themeCode, String districtCode, LocalDate from,
                          LocalDate to) {
}
