package org.civitas.guestbook;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

/** A visitor without an account: the name shown with the message, and the address it is confirmed from (never shown). */
public record Visitor(
        @NotBlank @Size(max = 80) @PlainLine
        String name,
        @NotBlank @Size(max = 254) @Email
        String email) {

    public Visitor {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip();
    }
}
