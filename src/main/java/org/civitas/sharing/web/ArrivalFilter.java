package org.civitas.sharing.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.sharing.ShareService;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts a visit to a proposal that arrives from a share ({@code utm_medium=social}, a known {@code utm_source}). */
public class ArrivalFilter extends HttpFilter {

    private static final Pattern PROPOSAL = Pattern.compile("/([0-9]{1,18})(/.*)?");

    @Inject
    private ShareService shares;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && "social".equals(request.getParameter("utm_medium"))) {
            Matcher m = PROPOSAL.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
            String source = request.getParameter("utm_source");
            if (m.matches() && source != null && source.length() <= 20) {
                shares.count(Long.parseLong(m.group(1)), source, ShareService.Kind.ARRIVAL);
            }
        }
        chain.doFilter(request, response);
    }
}
