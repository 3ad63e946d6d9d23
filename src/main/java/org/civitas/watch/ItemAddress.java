package org.civitas.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An item's address as the inbox keeps it: only http(s), at most 1,000 characters, without campaign tags
 * ({@code utm_*}: a proposal may quote it); and its key, the SHA-256 of the
 * address without what does not change the page (case of the scheme and host, the fragment, a trailing slash,
 * {@code utm_*} parameters), so that one article found by two sources, or shared with campaign tags, is kept once.
 */
final class ItemAddress {

    private ItemAddress() {
    }

    /** The address, if the inbox may keep and link to it. */
    static Optional<String> usable(String url) {
        if (url == null || url.isBlank() || url.strip().length() > 1000) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                return Optional.empty();
            }
            String address = uri.toString();
            if (uri.getRawQuery() != null) {
                String query = Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("utm_")).collect(Collectors.joining("&"));
                int mark = address.indexOf('?');
                int hash = address.indexOf('#', mark);
                address = address.substring(0, mark) + (query.isEmpty() ? "" : "?" + query)
                        + (hash < 0 ? "" : address.substring(hash));
            }
            return Optional.of(address);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String key(String url) {
        String normal;
        try {
            URI uri = new URI(url);
            String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !p.toLowerCase(Locale.ROOT).startsWith("utm_")).sorted()
                    .collect(Collectors.joining("&"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            normal = (scheme.equals("http") ? "https" : scheme) + "://"
                    + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException | NullPointerException e) {
            normal = url;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
