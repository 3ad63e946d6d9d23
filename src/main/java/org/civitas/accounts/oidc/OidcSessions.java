package org.civitas.accounts.oidc;

import jakarta.servlet.http.HttpSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a browser's session holds between the steps of a sign-in through a provider: the attempts started (a few at
 * most: two tabs, a button clicked twice), each taken once by its callback, and a link waiting for a password.
 */
public final class OidcSessions {

    static final String ATTEMPTS = "civitas.oidcAttempts";
    static final String PENDING_LINK = "civitas.oidcPendingLink";
    static final String LINK_TOKEN = "civitas.oidcLinkToken";
    private static final int MAX_ATTEMPTS = 5;

    private OidcSessions() {
    }

    public static void remember(HttpSession session, OidcAttempt attempt) {
        LinkedHashMap<String, OidcAttempt> attempts = attempts(session);
        attempts.put(attempt.state(), attempt);
        while (attempts.size() > MAX_ATTEMPTS) {
            attempts.remove(attempts.keySet().iterator().next());
        }
        // Set again, so that sessions kept in the database are written
        session.setAttribute(ATTEMPTS, attempts);
    }

    /**
     * The attempt of this state, removed from the session whatever comes next: a state serves once. (Two callbacks
     * of one state at the same instant could both read it; the provider's code, which only one exchange redeems,
     * still lets one of them through at most.)
     */
    public static Optional<OidcAttempt> take(HttpSession session, String state) {
        if (session == null || state == null) {
            return Optional.empty();
        }
        LinkedHashMap<String, OidcAttempt> attempts = attempts(session);
        OidcAttempt attempt = attempts.remove(state);
        session.setAttribute(ATTEMPTS, attempts);
        return Optional.ofNullable(attempt);
    }

    /**
     * The token that <em>My account</em>'s "Link" addresses carry ({@code start?link=<token>}), drawn once per
     * session: a page of another site cannot know it, so it cannot start a link of its own person to this account.
     */
    public static String linkToken(HttpSession session) {
        if (session.getAttribute(LINK_TOKEN) instanceof String token) {
            return token;
        }
        String token = OidcAttempt.token();
        session.setAttribute(LINK_TOKEN, token);
        return token;
    }

    /** Whether {@code token} is this session's link token (compared in constant time). */
    public static boolean isLinkToken(HttpSession session, String token) {
        return session != null && token != null && session.getAttribute(LINK_TOKEN) instanceof String held
                && MessageDigest.isEqual(held.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    public static void holdLink(HttpSession session, PendingLink link) {
        session.setAttribute(PENDING_LINK, link);
    }

    /** The link waiting for a password, if any and not too old. */
    public static Optional<PendingLink> pendingLink(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(PENDING_LINK) instanceof PendingLink link)) {
            return Optional.empty();
        }
        if (!link.isValidAt(now)) {
            session.removeAttribute(PENDING_LINK);
            return Optional.empty();
        }
        return Optional.of(link);
    }

    public static void dropLink(HttpSession session) {
        session.removeAttribute(PENDING_LINK);
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, OidcAttempt> attempts(HttpSession session) {
        Object held = session.getAttribute(ATTEMPTS);
        return held instanceof LinkedHashMap<?, ?> map ? new LinkedHashMap<>((Map<String, OidcAttempt>) map)
                : new LinkedHashMap<>();
    }
}
