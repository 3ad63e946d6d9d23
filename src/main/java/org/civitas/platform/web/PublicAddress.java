package org.civitas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The portal's public address, for absolute links that leave the portal (link previews, feeds): the configured
 * {@code CIVITAS_PUBLIC_URL} when set (behind a reverse proxy the request does not know it), else the address the
 * request came to.
 */
@Named
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "civitas.public-url")
    private Optional<String> configured;

    public String base(HttpServletRequest request) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String url = configured.get().strip();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean standard = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (standard ? "" : ":" + port) + request.getContextPath();
    }
}
