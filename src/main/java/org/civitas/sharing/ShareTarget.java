package org.civitas.sharing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One place a proposal can be shared to. Adding a network is one class implementing this (an
 * {@code @ApplicationScoped} bean): the share control, the counting redirect and the statistics find it.
 */
public interface ShareTarget {

    /** Short, stable id: in addresses ({@code /s/7/mastodon}) and as {@code utm_source}. */
    String id();

    /** The network's name as people know it (not translated). */
    String label();

    /** Position in the default order. */
    int order();

    /**
     * The network's share address for a link (already carrying its UTM parameters) and a title; empty when the
     * target works in the page itself (copy the link). {@code option} is what the person typed, if the target asks
     * (a Mastodon instance).
     */
    Optional<String> shareUrl(String link, String title, String option);

    /**
     * The same for a page whose picture is the point (a contest photo): {@code media} is the picture's address, for
     * the networks that pin a picture rather than a page. Others ignore it.
     */
    default Optional<String> shareUrl(String link, String title, String option, String media) {
        return shareUrl(link, title, option);
    }

    /** Whether the person must type something first (their Mastodon instance). */
    default boolean asksForOption() {
        return false;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
