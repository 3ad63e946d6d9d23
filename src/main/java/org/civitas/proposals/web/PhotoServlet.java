package org.civitas.proposals.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.proposals.ProposalReader;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves proposal photos: {@code /photos/{id}.jpg} (large) and {@code /photos/{id}-thumb.jpg}. A photo's id changes
 * whenever the author replaces it, so its bytes never change and browsers may keep them; shared caches may not,
 * since a draft's or a hidden proposal's photo is not for everyone.
 */
@WebServlet(urlPatterns = "/photos/*")
public class PhotoServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})(-thumb)?\\.jpg");

    @Inject
    private ProposalReader proposals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<byte[]> bytes = m.matches()
                ? proposals.photo(Long.parseLong(m.group(1)), m.group(2) != null) : Optional.empty();
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + m.group(1) + (m.group(2) == null ? "" : "t") + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/jpeg");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
