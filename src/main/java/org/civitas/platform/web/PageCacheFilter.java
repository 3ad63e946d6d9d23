package org.civitas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.civitas.platform.web.PageCache.Page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP caching of the pages an anonymous visitor only reads ({@link StatelessPages}): they are kept in
 * {@link PageCache} and served from it, with validators ({@code ETag}, {@code Last-Modified}, answering
 * {@code 304 Not Modified}) and a {@code Cache-Control} that lets a browser or a shared cache reuse them for
 * {@code CIVITAS_PAGE_CACHE_SECONDS} ({@code Vary: Cookie}: a shared cache keeps apart what a visitor with another
 * language, or with a session, is shown).
 * <p>
 * A filter, because a page served from the cache must cost no Faces lifecycle at all. It is declared in web.xml
 * after the security headers and the language (their headers are on every page it serves) and after the count of
 * arrivals from shares (an arrival counts also when its page comes from the cache).
 * <p>
 * A visitor is served from the cache only with no session cookie, no {@code Authorization} header and nobody signed
 * in; a page is kept only if Faces rendered it for such a visitor as a page without state, answered 200, created no
 * session and set no cookie. Every other response goes through untouched (a download is not buffered); every write
 * empties the cache ({@link PageCache}).
 */
public class PageCacheFilter extends HttpFilter {

    /** Request attribute set while a page is rendered for a visitor without state: its response may be kept. */
    public static final String KEEP = "civitas.pageCache.keep";

    /** How long a request waits for the render of its page by another before rendering it itself. */
    private static final int RENDER_WAIT_SECONDS = 5;

    @Inject
    private PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method)) {
            // HEAD is answered by Faces without a body: nothing of it is kept or served from the cache.
            chain.doFilter(request, response);
            if (!"HEAD".equals(method) && !"OPTIONS".equals(method) && response.getStatus() < 400) {
                // A write committed (its transaction ends before the response does): visitors see it at once. Anyone
                // may empty the cache so (a registration changes the home page's count): it costs the next visitor
                // one render, no more than an address with a query of its own, which is never in the cache.
                cache.clear();
            }
            return;
        }
        if (!visitor(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Page kept = cache.get(key);
        if (kept != null) {
            send(request, response, kept);
            return;
        }
        // One render at a time per page: a crowd arriving while it renders waits for it rather than rendering it too.
        CompletableFuture<Page> mine = null;
        if (cache.seconds() > 0 && cache.isPage(key)) {
            CompletableFuture<Page> registered = new CompletableFuture<>();
            CompletableFuture<Page> other = cache.join(key, registered);
            if (other == null) {
                mine = registered;
            } else {
                Page shared = awaited(other);
                if (shared != null) {
                    send(request, response, shared);
                    return;
                }
            }
        }
        Page page = null;
        try {
            page = render(request, response, chain, key);
        } finally {
            if (mine != null) {
                cache.rendered(key, mine, page);
            }
        }
    }

    /** Renders the page; returns it when it may be kept (it is then sent from the copy, with its validators). */
    private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key)
            throws IOException, ServletException {
        long generation = cache.generation();
        Capture capture = new Capture(request, response);
        chain.doFilter(request, capture);
        if (!capture.buffered()) {
            return null;
        }
        capture.close();
        if (response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader("Set-Cookie")
                && request.getSession(false) == null && request.getUserPrincipal() == null) {
            Page page = cache.keep(key, generation, capture.bytes(), response.getContentType(),
                    response.getHeader(SecurityHeadersFilter.CSP));
            send(request, response, page);
            return page;
        }
        if (!response.isCommitted()) {
            // Written as it would have been (a 404 page, a page that started a session); a response already sent
            // (an error page the container wrote) is left as it went.
            byte[] body = capture.bytes();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
        return null;
    }

    /** The page another request is rendering, or null if it fails, cannot be kept or takes too long. */
    private static Page awaited(CompletableFuture<Page> render) {
        try {
            return render.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Nobody signed in, no session, no token: someone (or a crawler) who only reads. */
    private static boolean visitor(HttpServletRequest request) {
        if (request.getUserPrincipal() != null || request.getHeader("Authorization") != null) {
            return false;
        }
        String session = request.getServletContext().getSessionCookieConfig().getName();
        String name = session == null ? "JSESSIONID" : session;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return request.getSession(false) == null;
    }

    /** What a page depends on for a visitor: the address asked for (host included: links are absolute) and the language. */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return LocaleFilter.chosen(request).getLanguage() + " " + request.getScheme() + "://" + request.getHeader("Host")
                + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        int seconds = cache.seconds();
        response.setHeader("ETag", page.etag());
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", seconds > 0 ? "public, max-age=" + seconds : "no-cache");
        response.addHeader("Vary", "Cookie");
        if (notModified(request, page)) {
            // The browser's copy may come from an earlier render, with its own nonce: its policy must stay with it.
            response.setHeader(SecurityHeadersFilter.CSP, null);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        if (page.policy() != null) {
            response.setHeader(SecurityHeadersFilter.CSP, page.policy());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** {@code If-None-Match} (any of its tags), else {@code If-Modified-Since}, as RFC 9110 orders them. */
    static boolean notModified(HttpServletRequest request, Page page) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(page.etag())) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && page.lastModified().toEpochMilli() / 1000 <= since / 1000;
    }

    /**
     * Holds the body of a page that may be kept, until it is known whether it is; anything else (another page, a
     * resource, a download) is written through as it comes. Decided at the first write: by then the view has said
     * whether it renders for a visitor without state ({@link #KEEP}).
     */
    private static final class Capture extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private ByteArrayOutputStream buffer;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        boolean buffered() {
            return buffer != null;
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }

        void close() {
            if (writer != null) {
                writer.flush();
            }
        }

        private boolean keep() {
            if (buffer == null && Boolean.TRUE.equals(request.getAttribute(KEEP)) && !isCommitted()) {
                buffer = new ByteArrayOutputStream(32 * 1024);
            }
            return buffer != null;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called");
            }
            if (stream == null) {
                stream = keep() ? new Buffered(buffer) : super.getOutputStream();
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was called");
                }
                if (keep()) {
                    String encoding = getCharacterEncoding();
                    Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                    writer = new PrintWriter(new OutputStreamWriter(buffer, charset));
                } else {
                    writer = super.getWriter();
                }
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (buffer == null) {
                super.flushBuffer();
            } else if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            if (buffer == null) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (buffer == null) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            forget();
        }

        @Override
        public void reset() {
            super.reset();
            forget();
        }

        /** Drops what was held so far (what the writer still holds goes first, then the lot). */
        private void forget() {
            if (buffer != null) {
                if (writer != null) {
                    writer.flush();
                }
                buffer.reset();
            }
        }
    }

    /** The output stream of a held body. */
    private static final class Buffered extends ServletOutputStream {

        private final ByteArrayOutputStream buffer;

        Buffered(ByteArrayOutputStream buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("A held page is written in one go");
        }
    }
}
