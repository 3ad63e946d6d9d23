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

    /**
     * True when the database gave up on the transaction because of other transactions at the same moment, not
     * because of what it asked: a deadlock or a serialization failure (SQLState class 40, which on Derby also covers a
     * lock wait timed out) or a lock not obtained (PostgreSQL's 55P03). Nothing of it was written, and sending it
     * again in a moment succeeds.
     */
    public static boolean isContention(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("55P03"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
