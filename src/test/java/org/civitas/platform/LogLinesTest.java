package org.civitas.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogLinesTest {

    @Test
    void oneLineOfBoundedLength() {
        assertEquals("/a  [INFO] forged", LogLines.clean("/a\r\n[INFO] forged"));
        assertEquals(201, LogLines.clean("x".repeat(5000)).length());
        assertEquals("", LogLines.clean(null));
        assertEquals("a b", LogLines.clean("a\u202Eb"));
    }
}
