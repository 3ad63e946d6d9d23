package org.civitas.proposals.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A move of a theme or district in its list: {@code up} or {@code down}. */
public record Move(@NotNull @Pattern(regexp = "up|down") String direction) {

    boolean up() {
        return "up".equals(direction);
    }
}
