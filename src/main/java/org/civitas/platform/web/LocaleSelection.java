package org.civitas.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import org.civitas.platform.Texts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;

/** The language a visitor chose (French until they choose English), for the whole session. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.DEFAULT_LOCALE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void choose(Locale chosen) {
        this.locale = Texts.supported(chosen);
    }
}
