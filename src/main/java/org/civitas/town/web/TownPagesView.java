package org.civitas.town.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Paragraphs;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.town.AccessibilityStatement;
import org.civitas.town.AccessibilityTexts;
import org.civitas.town.LegalNotice;
import org.civitas.town.TownService;

import java.util.List;

/**
 * Backs what visitors read of the town: the home page's introduction, legal.xhtml and accessibility.xhtml, in the
 * visitor's language, each read once per request.
 */
@Named
@RequestScoped
public class TownPagesView {

    @Inject
    private TownService town;

    @Inject
    private LocaleSelection locale;

    private List<List<Paragraphs.Piece>> intro;
    private LegalNotice legal;
    private AccessibilityStatement accessibility;

    public List<List<Paragraphs.Piece>> getIntro() {
        if (intro == null) {
            intro = Paragraphs.of(town.intro(locale.getLocale()));
        }
        return intro;
    }

    public LegalNotice getLegal() {
        if (legal == null) {
            legal = town.legal(locale.getLanguage());
        }
        return legal;
    }

    public AccessibilityStatement getAccessibility() {
        if (accessibility == null) {
            accessibility = town.accessibility();
        }
        return accessibility;
    }

    /** The statement's texts in the visitor's language. */
    public AccessibilityTexts getAccessibilityTexts() {
        return getAccessibility().in(locale.getLanguage());
    }

    /** A text as paragraphs and links, never markup. */
    public List<List<Paragraphs.Piece>> paragraphs(String text) {
        return Paragraphs.of(text);
    }
}
