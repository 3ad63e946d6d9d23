package org.civitas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language switch is a plain link ({@code ?lang=en}) that works without JavaScript and from any page: this
 * filter records the choice and redirects to the same address without the parameter.
 */
@WebFilter(filterName = "LocaleFilter", urlPatterns = "/*")
public class LocaleFilter extends HttpFilter {

    public static final String PARAMETER = "lang";

    @Inject
    private LocaleSelection selection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter(PARAMETER);
        if (lang == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        selection.choose(Locale.forLanguageTag(lang.length() > 8 ? "fr" : lang));
        String rest = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.startsWith(PARAMETER + "=") && !p.equals(PARAMETER))
                .collect(Collectors.joining("&"));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
    }
}
