package org.civitas.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts outside of markup: Faces messages, problem details, mails. One bundle, French by default and
 * English second, the same one the views use as {@code #{msg}}.
 */
public final class Texts {

    public static final String BUNDLE = "org.civitas.platform.messages";
    public static final Locale DEFAULT_LOCALE = Locale.FRENCH;

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? DEFAULT_LOCALE : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** The supported locale closest to what was asked: French unless English was asked for. */
    public static Locale supported(Locale asked) {
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
