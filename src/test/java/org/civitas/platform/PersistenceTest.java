package org.civitas.platform;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersistenceTest {

    private static Throwable wrapped(String sqlState) {
        return new RuntimeException("EJB", new PersistenceException("JPA", new SQLException("db", sqlState)));
    }

    @Test
    void deadlocksSerializationFailuresAndLockTimeoutsAreContention() {
        for (String state : new String[] {"40001", "40P01", "40XL1", "40XL2", "55P03"}) {
            assertTrue(Persistence.isContention(wrapped(state)), state);
            assertFalse(Persistence.isConstraintViolation(wrapped(state)), state);
        }
    }

    @Test
    void aTakenKeyOrAnotherFailureIsNotContention() {
        assertFalse(Persistence.isContention(wrapped("23505")));
        assertTrue(Persistence.isConstraintViolation(wrapped("23505")));
        assertFalse(Persistence.isContention(wrapped("42P01")));
        assertFalse(Persistence.isContention(wrapped(null)));
        assertFalse(Persistence.isContention(new IllegalStateException("no SQL at all")));
    }
}
