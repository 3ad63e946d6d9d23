package org.civitas.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language switch is a plain link ({@code ?lang=en}) that works without JavaScript and from any page: this
 * filter records the choice in a cookie and redirects to the same address without the parameter. On every other
 * request it announces the page's language ({@code Content-Language}).
 */
public class LocaleFilter extends HttpFilter {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "civitas_lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // Forms post UTF-8; decoding must be set before anything reads a parameter.
            request.setCharacterEncoding("UTF-8");
        }
        String lang = "GET".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        if (lang == null || forMachines(request)) {
            response.setHeader("Content-Language", chosen(request).getLanguage());
            chain.doFilter(request, response);
            return;
        }
        Locale locale = LocaleSelection.orDefault(lang.length() > 8 ? null : lang);
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        String rest = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.startsWith(PARAMETER + "=") && !p.equals(PARAMETER))
                .collect(Collectors.joining("&"));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        // A path beginning with "//" would send the browser to another host: keep one slash.
        String path = request.getRequestURI().replaceFirst("^/+", "/");
        response.setHeader("Location", path + (rest.isEmpty() ? "" : "?" + rest));
    }

    /**
     * Addresses read by programs (feed readers, sites embedding a card) that keep no cookie: there {@code ?lang=}
     * chooses the language of that response only, without a redirect.
     */
    private static boolean forMachines(HttpServletRequest request) {
        // The address asked for, also when PublicRoutes forwarded it to the resource or page serving it.
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded == null ? request.getRequestURI() : forwarded.toString();
        String path = uri.substring(request.getContextPath().length()).replaceFirst("^/api/", "/");
        return path.startsWith("/feeds/") || path.startsWith("/embed/") || path.equals("/oembed");
    }

    /** The language chosen by the cookie (or, on addresses read by programs, by {@code ?lang=}), for servlets outside Faces. */
    public static Locale chosenLocale(HttpServletRequest request) {
        String lang = request.getParameter(PARAMETER);
        if (lang != null && lang.length() <= 8 && forMachines(request)) {
            return LocaleSelection.orDefault(lang);
        }
        return chosen(request);
    }

    /** The language chosen by the cookie, French by default. */
    static Locale chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return LocaleSelection.orDefault(cookie.getValue());
                }
            }
        }
        return LocaleSelection.orDefault(null);
    }
}
