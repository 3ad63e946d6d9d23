package org.civitas.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.Texts;

import java.io.IOException;

/**
 * A form upload bigger than the Faces servlet's multipart limit would fail inside the container with an error
 * page; this answers it first with the page it came from and a notice that the photo is too large.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadSizeFilter extends HttpFilter {

    /** The multipart-config max-request-size in web.xml. */
    static final long LIMIT = 26_738_688L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")
                && request.getContentLengthLong() > LIMIT) {
            Messages.addNotice(request, Texts.get(LocaleFilter.chosen(request), "photo.tooLarge"));
            String referer = request.getHeader("Referer");
            String back = request.getRequestURI();
            if (referer != null && referer.contains(request.getRequestURI())) {
                back = referer.substring(referer.indexOf(request.getRequestURI()));
            }
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", back);
            return;
        }
        chain.doFilter(request, response);
    }
}
