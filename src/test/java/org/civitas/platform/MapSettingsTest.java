package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MapSettingsTest {

    private static MapSettings with(String tiles, int decimals) throws Exception {
        MapSettings settings = new MapSettings();
        set(settings, "tilesUrl", tiles);
        set(settings, "openDataDecimals", decimals);
        return settings;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = MapSettings.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void theTilesOriginIsWhatThePagesPolicyAllows() throws Exception {
        assertEquals("https://tile.openstreetmap.org", with("https://tile.openstreetmap.org/{z}/{x}/{y}.png", 3).tilesSource());
        assertEquals("https://*.tile.example.fr:8443", with("https://{s}.tile.example.fr:8443/{z}/{x}/{y}.png", 3).tilesSource());
        assertEquals("", with("/api/test-fixtures/tiles/{z}/{x}/{y}.png", 3).tilesSource(), "the portal's own");
        assertEquals("", with("not a url at all {z}", 3).tilesSource());
    }
}
