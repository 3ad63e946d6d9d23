package org.civitas.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/** An account the demo town opens at start-up ({@link AccountService#registerWithRoles}): who, and in which roles. */
public record SeededAccount(@NotNull @Valid Registration registration, @NotNull Set<Role> roles) {
}
