package org.civitas.budgets.results;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code META} section of a Pabulib file: where and when the vote took place, its budget and rule, and the
 * ballot's constraints, so that a reader of the file alone can recount the result. Optional values are null.
 * {@link #builder()} names them, since a constructor of seventeen arguments invites swapping two.
 *
 * @param subunit    the district of the envelope, if the envelope is a district's (Pabulib's {@code subunit})
 * @param district   Pabulib's older {@code district} key, for readers that expect it
 * @param extra      further keys, written after the standard ones in their order
 */
public record PabulibMeta(String description, String country, String unit, String subunit, String instance,
                          String district, int numProjects, long numVotes, long budget, BudgetRule rule,
                          LocalDate dateBegin, LocalDate dateEnd, Integer minLength, Integer maxLength,
                          Long maxSumCost, String language, String currency, Map<String, String> extra) {

    /** The keys this record writes itself: an extra key may not repeat one. */
    static final Set<String> STANDARD_KEYS = Set.of("description", "country", "unit", "subunit", "instance", "district",
            "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end", "min_length",
            "max_length", "max_sum_cost", "language", "currency");

    public PabulibMeta {
        required("description", description);
        required("country", country);
        required("unit", unit);
        required("instance", instance);
        required("language", language);
        required("currency", currency);
        if (rule == null || dateBegin == null || dateEnd == null) {
            throw new IllegalArgumentException("a Pabulib file needs its rule and the vote's first and last days");
        }
        if (dateEnd.isBefore(dateBegin)) {
            throw new IllegalArgumentException("the vote cannot end (" + dateEnd + ") before it begins (" + dateBegin + ")");
        }
        if (numProjects < 0 || numVotes < 0 || budget < 0) {
            throw new IllegalArgumentException("counts and budget cannot be negative");
        }
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra == null ? Map.of() : extra));
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || STANDARD_KEYS.contains(e.getKey())) {
                throw new IllegalArgumentException("an extra META key must be new and not blank: " + e.getKey());
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("the extra META key " + e.getKey() + " needs a value (maybe empty)");
            }
        }
    }

    private static void required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a Pabulib file needs its " + key);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names each value of the META section; {@link #build()} checks that the required ones are there. */
    public static final class Builder {

        private String description;
        private String country;
        private String unit;
        private String subunit;
        private String instance;
        private String district;
        private int numProjects;
        private long numVotes;
        private long budget;
        private BudgetRule rule;
        private LocalDate dateBegin;
        private LocalDate dateEnd;
        private Integer minLength;
        private Integer maxLength;
        private Long maxSumCost;
        private String language;
        private String currency = "EUR";
        private final Map<String, String> extra = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder country(String value) {
            country = value;
            return this;
        }

        public Builder unit(String value) {
            unit = value;
            return this;
        }

        public Builder subunit(String value) {
            subunit = value;
            return this;
        }

        public Builder instance(String value) {
            instance = value;
            return this;
        }

        public Builder district(String value) {
            district = value;
            return this;
        }

        public Builder numProjects(int value) {
            numProjects = value;
            return this;
        }

        public Builder numVotes(long value) {
            numVotes = value;
            return this;
        }

        public Builder budget(long value) {
            budget = value;
            return this;
        }

        public Builder rule(BudgetRule value) {
            rule = value;
            return this;
        }

        /** The vote's first and last days. */
        public Builder dates(LocalDate begin, LocalDate end) {
            dateBegin = begin;
            dateEnd = end;
            return this;
        }

        /** The fewest and most projects a ballot may approve. */
        public Builder lengths(Integer min, Integer max) {
            minLength = min;
            maxLength = max;
            return this;
        }

        /** The most the projects of one ballot may cost together. */
        public Builder maxSumCost(Long value) {
            maxSumCost = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        /** ISO 4217 code; EUR unless told. */
        public Builder currency(String value) {
            currency = value;
            return this;
        }

        public Builder extra(String key, String value) {
            extra.put(key, value);
            return this;
        }

        public PabulibMeta build() {
            return new PabulibMeta(description, country, unit, subunit, instance, district, numProjects, numVotes,
                    budget, rule, dateBegin, dateEnd, minLength, maxLength, maxSumCost, language, currency, extra);
        }
    }
}
