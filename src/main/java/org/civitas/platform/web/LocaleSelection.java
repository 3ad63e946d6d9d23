package org.civitas.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.Texts;

import java.util.Locale;

/**
 * The language of this request: French unless the visitor chose English with the switch. The choice lives in a
 * cookie rather than the session, so that reading pages needs no server-side session and the choice outlasts it.
 */
@Named
@RequestScoped
public class LocaleSelection {

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    @PostConstruct
    void resolve() {
        locale = LocaleFilter.chosenLocale(request);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    static Locale orDefault(String language) {
        return Texts.supported(language == null ? null : Locale.forLanguageTag(language));
    }
}
