package org.civitas.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

import java.util.Locale;

/** What a person gives to open an account. The password's own rules live in {@link PasswordPolicy}. */
public record Registration(
        @NotBlank @Size(min = 2, max = 60) @PlainLine
        String displayName,
        @NotBlank @Email @Size(max = 254)
        String email,
        @NotNull
        String password,
        @NotNull
        Locale locale) {
}
