package org.civitas.town.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.CachedSettings;
import org.civitas.town.Compliance;
import org.civitas.town.TownService;

/**
 * What the layout shows of the town on every page, from cached settings (no query per render): the version of its
 * colour's style sheet, its logo if it has one, and the accessibility compliance the footer must state (RGAA).
 */
@Named
@ApplicationScoped
public class TownLook {

    @Inject
    private CachedSettings settings;

    /** Changes with the colour, so that browsers fetch the style sheet again. */
    public String getStyleVersion() {
        return settings.value(TownService.COLOUR_SETTING).orElse(TownService.DEFAULT_COLOUR).replace("#", "");
    }

    /** The logo's version (its id), or null when the town has none. */
    public String getLogoVersion() {
        return settings.value(TownService.LOGO_SETTING).orElse(null);
    }

    public Compliance getCompliance() {
        return settings.value(TownService.COMPLIANCE_SETTING).map(Compliance::valueOf).orElse(Compliance.NON);
    }
}
