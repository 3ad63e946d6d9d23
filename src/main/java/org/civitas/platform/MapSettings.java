package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Locale;

/**
 * Where the maps' tiles come from and what the map shows first, from server.env ({@code CIVITAS_MAP_*}): OpenStreetMap's
 * tiles with their attribution by default, a town's own tile server (or a paid one) otherwise. The tiles' origin is
 * added to the pages' image policy (the pages' security headers), and to nothing else: Leaflet itself is served by
 * the portal.
 */
@Named
@ApplicationScoped
public class MapSettings {

    /** An address template with {z}, {x}, {y} (and {s} for a server's letter). */
    @Inject
    @ConfigProperty(name = "civitas.map.tiles-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    private String tilesUrl;

    @Inject
    @ConfigProperty(name = "civitas.map.attribution", defaultValue = "© OpenStreetMap contributors")
    private String attribution;

    @Inject
    @ConfigProperty(name = "civitas.map.attribution-url", defaultValue = "https://www.openstreetmap.org/copyright")
    private String attributionUrl;

    /** Where the map opens when no pin says otherwise (Besançon's centre for the demo town). */
    @Inject
    @ConfigProperty(name = "civitas.map.center", defaultValue = "47.2378,6.0241")
    private String center;

    @Inject
    @ConfigProperty(name = "civitas.map.zoom", defaultValue = "13")
    private int zoom;

    /**
     * Decimals of the coordinates published in open data: 3 (about 100 m) by default, so that a pin on one's own house
     * does not give the house away in a dataset anyone keeps; the proposal's page shows the pin its author chose.
     */
    @Inject
    @ConfigProperty(name = "civitas.map.open-data-decimals", defaultValue = "3")
    private int openDataDecimals;

    public String getTilesUrl() {
        return tilesUrl;
    }

    public String getAttribution() {
        return attribution;
    }

    public String getAttributionUrl() {
        return attributionUrl;
    }

    public String getCenter() {
        return center;
    }

    public int getZoom() {
        return Math.max(1, Math.min(zoom, 19));
    }

    public int getOpenDataDecimals() {
        return Math.max(0, Math.min(openDataDecimals, 6));
    }

    /**
     * The tiles' origin as a Content-Security-Policy source ({@code https://tile.openstreetmap.org}; a {@code {s}}
     * server letter becomes a wildcard), or nothing when the tiles come from the portal itself.
     */
    public String tilesSource() {
        String template = tilesUrl.strip().replace("{s}", "s-placeholder");
        if (template.startsWith("/")) {
            return "";
        }
        try {
            URI uri = URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")
                    .replace("{r}", ""));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String host = uri.getHost().replace("s-placeholder", "*");
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
