package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;

/**
 * The town running the portal, as every feature needs it: its name (the one an administrator set on the town's
 * page, see the {@code town} feature, else {@code CIVITAS_TOWN_NAME}) and its time zone (server.env).
 */
@Named
@ApplicationScoped
public class Town {

    /** The setting that holds the name an administrator gave. */
    public static final String NAME_SETTING = "town.name";

    /** The setting that holds the public address an administrator gave (read by {@code PublicAddress}). */
    public static final String PUBLIC_URL_SETTING = "town.public-url";

    @Inject
    private CachedSettings settings;

    @Inject
    @ConfigProperty(name = "civitas.town.name", defaultValue = "Belleville-sur-Loire")
    private String name;

    @Inject
    @ConfigProperty(name = "civitas.town.zone", defaultValue = "Europe/Paris")
    private String zone;

    public String getName() {
        return settings == null ? name : settings.value(NAME_SETTING).orElse(name);
    }

    /** The name from the server's configuration, used until an administrator gives one. */
    public String getConfiguredName() {
        return name;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }
}
