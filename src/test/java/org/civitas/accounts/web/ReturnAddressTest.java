package org.civitas.accounts.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReturnAddressTest {

    @Test
    void aPageOfThePortalComesBackWithItsQuery() {
        assertEquals("/account/notifications.xhtml?page=2", ReturnAddress.of("/account/notifications.xhtml", "page=2"));
        assertEquals("/proposals/12/un-banc?lang=en&x=%C3%A9", ReturnAddress.of("/proposals/12/un-banc", "lang=en&x=%C3%A9"));
    }

    @Test
    void noAddressNamesAnotherHost() {
        assertEquals("/evil.example/index.xhtml", ReturnAddress.of("//evil.example/index.xhtml", null));
        assertEquals("/account/evil.example/x", ReturnAddress.of("/account///evil.example/x", null));
        assertEquals("/", ReturnAddress.of("/\\evil.example/x", null));
        assertEquals("/http:/evil.example", ReturnAddress.of("/http://evil.example", null));
        // A query cannot change where the path goes: it is kept when it holds only what a query may.
        assertEquals("/account/index.xhtml?next=http://evil.example", ReturnAddress.of("/account/index.xhtml", "next=http://evil.example"));
    }

    @Test
    void oddInputComesBackHomeOrEncoded() {
        assertEquals("/", ReturnAddress.of("", null));
        assertEquals("/", ReturnAddress.of(null, "a=1"));
        assertEquals("/", ReturnAddress.of("/a\r\nLocation: x", null));
        assertEquals("/a%20b/%C3%A9t%C3%A9", ReturnAddress.of("/a b/été", null));
        assertEquals("/account/index.xhtml", ReturnAddress.of("/account/index.xhtml", "a=1\r\nSet-Cookie: x=1"));
        assertEquals("/account/index.xhtml", ReturnAddress.of("/account/index.xhtml", "a=<script>"));
        assertEquals("/", ReturnAddress.of("/a".repeat(1500), null));
    }
}
