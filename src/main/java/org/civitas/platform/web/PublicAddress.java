package org.civitas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.CachedSettings;
import org.civitas.platform.Town;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's public address, for absolute links that leave the portal or are kept by caches (link previews,
 * feeds, the open-data catalogue, oEmbed, embeds, posts to the city's accounts): the one an administrator set on the
 * town's page (setting {@code town.public-url}), else the configured {@code CIVITAS_PUBLIC_URL} when set, as every
 * production setup should. Without it, the address the request came
 * to, but only for a host of {@code CIVITAS_ALLOWED_HOSTS} (by default this machine's own names): the {@code Host}
 * header is the caller's to choose, and a feed cached for five minutes must not carry links to a host someone
 * typed. Any other host gets the first allowed one.
 */
@Named
@ApplicationScoped
public class PublicAddress {

    @Inject
    private CachedSettings settings;

    @Inject
    @ConfigProperty(name = "civitas.public-url")
    private Optional<String> environment;

    @Inject
    @ConfigProperty(name = "civitas.allowed-hosts", defaultValue = "localhost,127.0.0.1,[::1]")
    private String allowedHosts;

    /** Whether the configured public address is an {@code https://} one (the portal is served over HTTPS). */
    public boolean isHttps() {
        return configured().map(u -> u.strip().toLowerCase(Locale.ROOT).startsWith("https://")).orElse(false);
    }

    public String base(HttpServletRequest request) {
        Optional<String> configured = configured();
        if (configured.isPresent()) {
            String url = configured.get().strip();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        String scheme = "https".equals(request.getScheme()) ? "https" : "http";
        List<String> allowed = allowed();
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        if (!allowed.contains(host) || port < 1 || port > 65_535) {
            // The port the connection really came to, not the one in the Host header
            host = allowed.isEmpty() ? "localhost" : allowed.get(0);
            port = request.getLocalPort();
        }
        boolean standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (standard ? "" : ":" + port) + request.getContextPath();
    }

    /** The address set by an administrator, else the server's configuration; empty when neither is. */
    public Optional<String> configured() {
        return settings.value(Town.PUBLIC_URL_SETTING).or(() -> environment).filter(u -> !u.isBlank());
    }

    /** The address from the server's configuration ({@code CIVITAS_PUBLIC_URL}), the default of the town's page. */
    public Optional<String> environmentDefault() {
        return environment.filter(u -> !u.isBlank());
    }

    private List<String> allowed() {
        return Arrays.stream(allowedHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }
}
