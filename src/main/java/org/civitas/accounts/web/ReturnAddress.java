package org.civitas.accounts.web;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where to send someone back after signing in: the page they asked for, as a path inside the portal and nothing
 * else. Built from what the container decoded and normalised (servlet path and path info, so {@code /a/../b},
 * {@code ;jsessionid=} or {@code ;@evil.example} parameters are gone), with repeated slashes merged and every
 * character that is not plainly part of a path encoded again: the address that comes out starts with one slash and
 * names no host, so {@code //evil.example/} or {@code /\evil.example} cannot turn it into another site.
 */
final class ReturnAddress {

    /** Longer addresses (a query string of a form someone pasted) are not worth coming back to. */
    private static final int MAX_LENGTH = 2000;

    private ReturnAddress() {
    }

    /** The path and query (relative to the context root) to come back to, or "/" when there is nothing sensible. */
    static String of(HttpServletRequest request) {
        String path = (request.getServletPath() == null ? "" : request.getServletPath())
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return of(path, request.getQueryString());
    }

    static String of(String decodedPath, String rawQuery) {
        if (decodedPath == null || decodedPath.isEmpty() || decodedPath.indexOf('\\') >= 0
                || decodedPath.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        String path = "/" + decodedPath.replaceAll("/{2,}", "/").replaceFirst("^/", "");
        String query = rawQuery == null || rawQuery.isEmpty() || !rawQuery.matches("[A-Za-z0-9._~!$&'()*+,;=:@/?%-]*")
                ? null : rawQuery;
        try {
            // The path is encoded again (spaces, accents, anything not plainly a path); the query is kept as sent,
            // once it is only characters a query may hold.
            String address = new URI(null, null, path, null).toASCIIString() + (query == null ? "" : "?" + query);
            return address.length() > MAX_LENGTH || !address.startsWith("/") || address.startsWith("//") ? "/" : address;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
