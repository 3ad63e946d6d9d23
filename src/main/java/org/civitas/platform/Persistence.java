package org.civitas.platform;

import java.sql.SQLException;

/** Helpers for reading what the database said. */
public final class Persistence {

    private Persistence() {
    }

    /** True when the failure is a constraint violation (SQLState class 23), such as a unique key already taken. */
    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
