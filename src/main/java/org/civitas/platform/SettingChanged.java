package org.civitas.platform;

/** A setting was changed by an administrator (announced by {@link SettingsService}; caches drop their copy). */
public record SettingChanged(String key) {
}
