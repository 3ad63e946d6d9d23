package org.civitas.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.Part;
import org.civitas.platform.Texts;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * Posts to Faces pages that Faces cannot take, answered before or around the Faces servlet because no page runs for
 * them:
 * <ul>
 *   <li>a post that is not multipart to a form with a file field is read as a post without a file (the container
 *   would throw when Faces asks for the file);</li>
 *   <li>a form upload bigger than the Faces servlet's multipart limit would fail inside the container with an error
 *   page: it is sent back to the page it came from with a notice that the photo is too large;</li>
 *   <li>a post whose view state cannot be restored ({@link CivitasExceptionHandler}) or whose script nonce is
 *   missing or wrong ({@link CspGuard}) is the caller's fault: Faces stops it ({@link #refuse}) and this shows the
 *   400 page, as for a GET; the log has one line instead of a stack trace.</li>
 * </ul>
 */
// Also on forwards: a post to a page's readable address (/signin, /proposals/42/its-slug) reaches its view forwarded
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class FacesPostFilter extends HttpFilter {

    /** The multipart-config max-request-size in web.xml. */
    static final long LIMIT = 26_738_688L;

    static final String BAD_REQUEST_PAGE = "/WEB-INF/errorpages/400.xhtml";

    /** The request attribute {@link #refuse} sets. */
    private static final String UNREADABLE = "civitas.unreadablePost";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType();
        if (type != null && type.startsWith("multipart/") && request.getContentLengthLong() > LIMIT) {
            Messages.addNotice(request, Texts.get(LocaleFilter.chosen(request), "photo.tooLarge"));
            String referer = request.getHeader("Referer");
            String back = request.getRequestURI();
            if (referer != null && referer.contains(request.getRequestURI())) {
                back = referer.substring(referer.indexOf(request.getRequestURI()));
            }
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            // One leading slash: "//host/..." would name another site
            response.setHeader("Location", back.replaceFirst("^/+", "/"));
            return;
        }
        HeldResponse held = new HeldResponse(response);
        HttpServletRequest read = type != null && type.startsWith("multipart/") ? request : new WithoutParts(request);
        chain.doFilter(read, held);
        if (request.getAttribute(UNREADABLE) != null && !response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher(BAD_REQUEST_PAGE).forward(new AsGet(request), response);
        } else if (held.flushAsked) {
            response.flushBuffer();
        }
    }

    /**
     * Stops a post Faces cannot read, before anything is written: this filter then answers it with the 400 page.
     * The caller logs why, in one line.
     */
    static void refuse(FacesContext faces) {
        faces.getExternalContext().getRequestMap().put(UNREADABLE, Boolean.TRUE);
        faces.responseComplete();
    }

    /**
     * The response of a post, whose flush is held until the post is known to be readable: Liberty flushes the
     * response as soon as the Faces servlet returns, which would leave nothing to answer a refused post with.
     */
    private static final class HeldResponse extends HttpServletResponseWrapper {

        private boolean flushAsked;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {
            flushAsked = true;
        }
    }

    /**
     * A post that is not multipart (a script, a client of its own) to a form with a file field: Faces would ask the
     * container for the file, which throws (a 500). Read as a post with no file chosen, which the page answers.
     */
    private static final class WithoutParts extends HttpServletRequestWrapper {

        WithoutParts(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }
    }

    /** The request as a plain GET without parameters, so that Faces renders the 400 page instead of a postback. */
    private static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
