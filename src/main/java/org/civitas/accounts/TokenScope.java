package org.civitas.accounts;

import java.util.Set;

/** What a personal access token may do: only read, or read and write (what its owner may). */
public enum TokenScope {

    READ,
    WRITE;

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether a REST call with this HTTP method is within the scope. */
    public boolean allows(String method) {
        return this == WRITE || READING.contains(method);
    }
}
