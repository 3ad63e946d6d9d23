package org.civitas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What anonymous visitors were last shown of the pages they only read (the home page, the list, a proposal's page:
 * those that {@link StatelessPages} renders without state), kept a few seconds ({@code CIVITAS_PAGE_CACHE_SECONDS},
 * 10 by default; 0 turns it off) so that a crowd sent by a news site is served the page rendered once instead of
 * rendering it for each of them.
 * <p>
 * Fresh, and the same on every server:
 * <ul>
 *   <li>every write this server answers (a form post, an API call: anything but GET and HEAD that did not fail)
 *   empties it, once its transaction has committed: the next visitor sees the change at once. A render that began
 *   before the write is not kept ({@link #generation}), or it could bring back what the write changed;</li>
 *   <li>a write answered by another server of a cluster reaches this one's copies when they expire: a page is at most
 *   {@code CIVITAS_PAGE_CACHE_SECONDS} (and one render) old there (a support count, a comment just posted or hidden);</li>
 *   <li>at most {@value #MAX_PAGES} pages are kept (a crawler asking for every page number fills it once, then pages
 *   it asks for are rendered but not kept until older ones expire).</li>
 * </ul>
 * A crowd costs one render per page and lifetime: requests for a page being rendered wait for that render
 * ({@link #join}), and for {@link #RENEWAL} after a page expires, the old copy is served while one request renders
 * the new (so a page is at most the lifetime and one render old).
 * <p>
 * Only pages rendered for a visitor without session, sign-in, token or cookie of a session are kept or served (see
 * {@link PageCacheFilter}); a signed-in person's page is never kept.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_PAGES = 2_000;

    /**
     * How long after its expiry a page is still served while one request renders it anew: without it, every request
     * arriving during that render (16 at once in the benchmark) would render it too.
     */
    static final Duration RENEWAL = Duration.ofSeconds(3);

    /** One page as rendered: its bytes, the headers that go with them, and its validators. */
    record Page(byte[] body, String contentType, String policy, String etag, Instant lastModified,
                Instant expires, AtomicBoolean renewing) {
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Page>> renders = new ConcurrentHashMap<>();
    private final Set<String> pageKeys = ConcurrentHashMap.newKeySet();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    @ConfigProperty(name = "civitas.page-cache-seconds", defaultValue = "10")
    private int seconds;

    @Inject
    private Clock clock;

    /** How long a visitor's page is kept, and how long a browser or a shared cache may reuse it. */
    public int seconds() {
        return Math.max(0, seconds);
    }

    /**
     * The page kept for this key, if it has not expired; once it has, the first caller gets nothing (it renders the
     * page anew) and the others, for at most {@link #RENEWAL}, the copy it replaces.
     */
    Page get(String key) {
        Page page = pages.get(key);
        if (page == null) {
            return null;
        }
        Instant now = clock.instant();
        if (page.expires().isAfter(now)) {
            return page;
        }
        if (page.expires().plus(RENEWAL).isAfter(now)) {
            return page.renewing().compareAndSet(false, true) ? null : page;
        }
        pages.remove(key, page);
        return null;
    }

    /**
     * Joins the render of this page that another request has under way, or, when there is none, makes
     * {@code mine} the one the next requests for it join: null then.
     */
    CompletableFuture<Page> join(String key, CompletableFuture<Page> mine) {
        return renders.putIfAbsent(key, mine);
    }

    /**
     * Whether this address has been a kept page since the start (writes empty the pages, not this): only those are
     * rendered one at a time; a photo, a download or an API call asked twice at once is served twice at once.
     */
    boolean isPage(String key) {
        return pageKeys.contains(key);
    }

    /** Ends a render registered by {@link #join}: those who joined it get its page, or null to render their own. */
    void rendered(String key, CompletableFuture<Page> mine, Page page) {
        renders.remove(key, mine);
        mine.complete(page);
    }

    /** The number of the writes so far: a render remembers it as it begins, and is kept only if it has not moved. */
    long generation() {
        return generation.get();
    }

    /**
     * Keeps a page just rendered, unless a write came since its render began, and answers it with its validators:
     * the same {@code ETag} as the page it replaces when nothing but the script nonce differs.
     */
    Page keep(String key, long renderedAt, byte[] body, String contentType, String policy) {
        Instant now = clock.instant();
        String etag = etag(body, policy);
        Page before = pages.get(key);
        Instant modified = before != null && before.etag().equals(etag) ? before.lastModified() : now;
        Page page = new Page(body, contentType, policy, etag, modified, now.plusSeconds(seconds()), new AtomicBoolean());
        if (seconds() > 0 && generation.get() == renderedAt) {
            if (pages.size() >= MAX_PAGES) {
                pages.values().removeIf(p -> !p.expires().plus(RENEWAL).isAfter(now));
            }
            if (pages.size() < MAX_PAGES || pages.containsKey(key)) {
                if (pageKeys.size() >= 4 * MAX_PAGES) {
                    pageKeys.clear();
                }
                pageKeys.add(key);
                pages.put(key, page);
                if (generation.get() != renderedAt) {
                    // A write committed while this page was being put: it may already be stale.
                    pages.remove(key, page);
                }
            }
        }
        return page;
    }

    /** Forgets every page: something a visitor can see may have changed. */
    public void clear() {
        generation.incrementAndGet();
        pages.clear();
        // Those who joined a render begun before the write get its page (they came before the write ended); no one
        // joins it any more.
        renders.clear();
    }

    /**
     * A strong validator of what the page says: a digest of its bytes without the script nonce (a new one each render,
     * in the body and the policy), so that a browser holding the page from an earlier render is told it is unchanged.
     */
    static String etag(byte[] body, String policy) {
        String nonce = nonce(policy);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (nonce == null) {
            digest.update(body);
        } else {
            byte[] skip = nonce.getBytes(StandardCharsets.US_ASCII);
            int from = 0;
            for (int at = indexOf(body, skip, 0); at >= 0; at = indexOf(body, skip, from)) {
                digest.update(body, from, at - from);
                from = at + skip.length;
            }
            digest.update(body, from, body.length - from);
        }
        byte[] sum = digest.digest();
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sum, 18)) + "\"";
    }

    /** The nonce of a policy ({@code 'nonce-...'}), or null. */
    static String nonce(String policy) {
        if (policy == null) {
            return null;
        }
        int start = policy.indexOf("'nonce-");
        if (start < 0) {
            return null;
        }
        int end = policy.indexOf('\'', start + 7);
        return end < 0 ? null : policy.substring(start + 7, end);
    }

    private static int indexOf(byte[] body, byte[] part, int from) {
        if (part.length == 0) {
            return -1;
        }
        outer:
        for (int i = from; i <= body.length - part.length; i++) {
            if (body[i] != part[0]) {
                continue;
            }
            for (int j = 1; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
