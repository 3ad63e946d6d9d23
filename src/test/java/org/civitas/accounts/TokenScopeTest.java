package org.civitas.accounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenScopeTest {

    @Test
    void readOnlyReadsAndNothingElse() {
        for (String method : new String[]{"GET", "HEAD", "OPTIONS"}) {
            assertTrue(TokenScope.READ.allows(method), method);
        }
        for (String method : new String[]{"POST", "PUT", "PATCH", "DELETE", "get", "TRACE"}) {
            assertFalse(TokenScope.READ.allows(method), method);
            assertTrue(TokenScope.WRITE.allows(method), method);
        }
    }
}
