package org.civitas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;

/** The town running the portal: its name and time zone, from server.env / server.xml variables. */
@Named
@ApplicationScoped
public class Town {

    @Inject
    @ConfigProperty(name = "civitas.town.name", defaultValue = "Belleville-sur-Loire")
    private String name;

    @Inject
    @ConfigProperty(name = "civitas.town.zone", defaultValue = "Europe/Paris")
    private String zone;

    public String getName() {
        return name;
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }
}
