package org.civitas.town;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.Setting;
import org.civitas.platform.SettingsService;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.mail.MailSettings;
import org.civitas.proposals.TaxonomyService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The town's identity, legal notice and accessibility statement: read by everyone (a field nobody set shows its
 * default, so that a fresh install already has complete pages), changed by administrators, each change in the audit
 * log. A text equal to its default is not stored, so that the checklist can tell what is still the default.
 */
@Stateless
public class TownService {

    /** Settings this feature writes (short values that pages read through {@code CachedSettings}). */
    public static final String COLOUR_SETTING = "town.colour";
    public static final String LOGO_SETTING = "town.logo";
    public static final String COMPLIANCE_SETTING = "town.accessibility.compliance";
    public static final String RATE_SETTING = "town.accessibility.rate";
    public static final String AUDIT_DATE_SETTING = "town.accessibility.audit-date";

    /** The portal's own blue (civitas.css), 14.9:1 under white text. */
    public static final String DEFAULT_COLOUR = "#000091";

    static final List<String> LANGUAGES = List.of("fr", "en");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private SettingsService settings;

    @Inject
    private Town town;

    /** The server's public address, the default of the one set here. */
    @Inject
    @ConfigProperty(name = "civitas.public-url")
    private Optional<String> environmentUrl;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private MailSettings mail;

    @Resource
    private SessionContext session;

    /** The identity as set, the introductions as stored (null: the portal's own). */
    @PermitAll
    public Identity identity() {
        Map<String, String> texts = texts("intro.");
        return new Identity(town.getName(), setting(COLOUR_SETTING).orElse(DEFAULT_COLOUR),
                setting(Town.PUBLIC_URL_SETTING).orElse(""), texts.get("intro.fr"), texts.get("intro.en"));
    }

    /** The home page's introduction in a language: the one set, else the portal's own. */
    @PermitAll
    public String intro(Locale locale) {
        String language = Texts.supported(locale).getLanguage();
        return Optional.ofNullable(texts("intro." + language).get("intro." + language))
                .orElseGet(() -> Texts.get(Texts.supported(locale), "home.hero.text"));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Identity changeIdentity(@NotNull @Valid Identity identity) {
        String colour = identity.colour().toLowerCase(Locale.ROOT);
        double contrast = Contrast.worstForTheme(colour);
        if (contrast < Contrast.AA) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "colour", "town.colourContrast",
                    Math.floor(contrast * 100) / 100, colour);
        }
        String publicUrl = publicUrl(identity.publicUrl());
        settings.put(Town.NAME_SETTING, identity.name().strip());
        settings.put(COLOUR_SETTING, colour);
        if (publicUrl.isEmpty()) {
            settings.clear(Town.PUBLIC_URL_SETTING);
        } else {
            settings.put(Town.PUBLIC_URL_SETTING, publicUrl);
        }
        Map<String, TownText> stored = locked("intro.");
        store(stored, "intro.fr", identity.introFr(), Texts.get(Locale.FRENCH, "home.hero.text"));
        store(stored, "intro.en", identity.introEn(), Texts.get(Locale.ENGLISH, "home.hero.text"));
        audit.record("TOWN_IDENTITY_CHANGED", "TOWN", 0, identity.name().strip() + ", " + colour + ", "
                + (publicUrl.isEmpty() ? "-" : publicUrl));
        return new Identity(identity.name().strip(), colour, publicUrl, identity.introFr(), identity.introEn());
    }

    /**
     * An absolute http(s) address without query, fragment or credentials, without its final slash; empty stays empty
     * (the server's configuration then decides).
     */
    static String publicUrl(String given) {
        if (given == null || given.isBlank()) {
            return "";
        }
        String url = given.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null
                    || url.contains("?") || url.contains("#")) {
                throw invalidUrl();
            }
        } catch (URISyntaxException e) {
            throw invalidUrl();
        }
        return url.replaceAll("/+$", "");
    }

    private static BusinessException invalidUrl() {
        return BusinessException.ofField(BusinessException.Kind.INVALID, "publicUrl", "town.publicUrlInvalid");
    }

    /** The logo's bytes (a JPEG), if one was uploaded. */
    @PermitAll
    public Optional<byte[]> logo() {
        return em.createQuery("SELECT l FROM TownLogo l ORDER BY l.id DESC", TownLogo.class).setMaxResults(1)
                .getResultStream().findFirst().map(TownLogo::getImage);
    }

    /** Stores a logo already checked and re-encoded ({@link LogoUploads}), replacing the one before. */
    @RolesAllowed(Role.Names.ADMIN)
    public void storeLogo(@NotNull byte[] jpeg) {
        em.createQuery("DELETE FROM TownLogo l").executeUpdate();
        TownLogo logo = new TownLogo(jpeg, Callers.accountId(session).orElse(null), clock.instant());
        em.persist(logo);
        em.flush();
        settings.put(LOGO_SETTING, Long.toString(logo.getId()));
        audit.record("TOWN_LOGO_CHANGED", "TOWN", logo.getId(), jpeg.length + " bytes");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void removeLogo() {
        em.createQuery("DELETE FROM TownLogo l").executeUpdate();
        settings.clear(LOGO_SETTING);
        audit.record("TOWN_LOGO_REMOVED", "TOWN", 0, null);
    }

    /** The legal notice in a language, each field the one set or its default. */
    @PermitAll
    public LegalNotice legal(String language) {
        String lang = language(language);
        Map<String, String> texts = texts("legal.");
        return LegalNotice.of(f -> Optional.ofNullable(texts.get(key("legal", f, lang)))
                .orElseGet(() -> legalDefault(f, lang)));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void changeLegal(@NotNull @Valid LegalNotice fr, @NotNull @Valid LegalNotice en) {
        Map<String, TownText> stored = locked("legal.");
        for (String field : LegalNotice.FIELDS) {
            store(stored, key("legal", field, "fr"), fr.field(field), legalDefault(field, "fr"));
            store(stored, key("legal", field, "en"), en.field(field), legalDefault(field, "en"));
        }
        audit.record("TOWN_LEGAL_CHANGED", "TOWN", 0, String.join(", ", customised("legal", LegalNotice.FIELDS)));
    }

    /** The accessibility statement, each field the one set or its default (not compliant, not audited yet). */
    @PermitAll
    public AccessibilityStatement accessibility() {
        Map<String, String> texts = texts("accessibility.");
        Function<String, AccessibilityTexts> in = lang -> AccessibilityTexts.of(f ->
                Optional.ofNullable(texts.get(key("accessibility", f, lang))).orElseGet(() -> accessibilityDefault(f, lang)));
        return new AccessibilityStatement(compliance(), setting(RATE_SETTING).map(Integer::valueOf).orElse(null),
                setting(AUDIT_DATE_SETTING).map(TownService::date).orElse(null), in.apply("fr"), in.apply("en"));
    }

    /** The declared compliance state; not compliant until an administrator declares otherwise after an audit. */
    @PermitAll
    public Compliance compliance() {
        return setting(COMPLIANCE_SETTING).map(Compliance::valueOf).orElse(Compliance.NON);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void changeAccessibility(@NotNull @Valid AccessibilityStatement statement) {
        if (statement.compliance() != Compliance.NON && (statement.rate() == null || statement.auditDate() == null)) {
            // RGAA: a partial or total compliance is declared from an audit, whose rate and date the statement gives
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "rate", "town.complianceNeedsAudit");
        }
        if (statement.auditDate() != null && statement.auditDate().isAfter(LocalDate.now(clock.withZone(town.getZone())))) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "auditDate", "town.auditDateFuture");
        }
        settings.put(COMPLIANCE_SETTING, statement.compliance().name());
        if (statement.rate() == null) {
            settings.clear(RATE_SETTING);
        } else {
            settings.put(RATE_SETTING, statement.rate().toString());
        }
        if (statement.auditDate() == null) {
            settings.clear(AUDIT_DATE_SETTING);
        } else {
            settings.put(AUDIT_DATE_SETTING, statement.auditDate().toString());
        }
        Map<String, TownText> stored = locked("accessibility.");
        for (String field : AccessibilityTexts.FIELDS) {
            store(stored, key("accessibility", field, "fr"), statement.fr().field(field), accessibilityDefault(field, "fr"));
            store(stored, key("accessibility", field, "en"), statement.en().field(field), accessibilityDefault(field, "en"));
        }
        audit.record("TOWN_ACCESSIBILITY_CHANGED", "TOWN", 0, statement.compliance() + ", "
                + (statement.rate() == null ? "-" : statement.rate() + " %") + ", "
                + (statement.auditDate() == null ? "-" : statement.auditDate()));
    }

    /** What is left before opening the portal to residents, item by item. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<ChecklistItem> checklist() {
        List<ChecklistItem> items = new ArrayList<>();
        List<String> identity = new ArrayList<>();
        if (setting(Town.NAME_SETTING).isEmpty()) {
            identity.add("checklist.identity.name");
        }
        if (setting(COLOUR_SETTING).isEmpty() && setting(LOGO_SETTING).isEmpty()) {
            identity.add("checklist.identity.look");
        }
        if (setting(Town.PUBLIC_URL_SETTING).or(() -> environmentUrl).filter(u -> !u.isBlank()).isEmpty()) {
            identity.add("checklist.identity.address");
        }
        items.add(new ChecklistItem("identity", identity.isEmpty(), identity, "/admin/town.xhtml"));
        boolean themes = !taxonomy.themes().isEmpty();
        items.add(new ChecklistItem("themes", themes, themes ? List.of() : List.of("checklist.themes.none"),
                "/admin/taxonomy.xhtml"));
        boolean districts = !taxonomy.districts().isEmpty();
        items.add(new ChecklistItem("districts", districts, districts ? List.of() : List.of("checklist.districts.none"),
                "/admin/taxonomy.xhtml"));
        // The publisher, the director and the host are the town's own: their defaults cannot name them
        List<String> legal = new ArrayList<>();
        Map<String, String> legalTexts = texts("legal.");
        for (String field : List.of("publisher", "director", "host", "dataOfficer")) {
            if (LANGUAGES.stream().anyMatch(l -> !legalTexts.containsKey(key("legal", field, l)))) {
                legal.add("checklist.legal." + field);
            }
        }
        items.add(new ChecklistItem("legal", legal.isEmpty(), legal, "/admin/legal.xhtml"));
        List<String> accessibility = new ArrayList<>();
        if (setting(COMPLIANCE_SETTING).isEmpty()) {
            accessibility.add("checklist.accessibility.compliance");
        }
        Map<String, String> accessibilityTexts = texts("accessibility.");
        if (LANGUAGES.stream().anyMatch(l -> !accessibilityTexts.containsKey(key("accessibility", "contact", l)))) {
            accessibility.add("checklist.accessibility.contact");
        }
        items.add(new ChecklistItem("accessibility", accessibility.isEmpty(), accessibility, "/admin/legal.xhtml"));
        boolean mailOn = mail.isEnabled();
        items.add(new ChecklistItem("mail", mailOn, mailOn ? List.of() : List.of("checklist.mail.off"),
                "/admin/mail.xhtml"));
        return items;
    }

    /** A field's default text: keys legal.default.publisher, legal.default.director... with the town's name. */
    private String legalDefault(String field, String language) {
        return byDefault("legal", field, language);
    }

    /** A field's default text: keys accessibility.default.method... with the town's name. */
    private String accessibilityDefault(String field, String language) {
        return byDefault("accessibility", field, language);
    }

    private String byDefault(String page, String field, String language) {
        String key = page + ".default." + field;
        return Texts.get(Locale.forLanguageTag(language), key, town.getName());
    }

    private List<String> customised(String page, List<String> fields) {
        Map<String, String> texts = texts(page + ".");
        return fields.stream().filter(f -> LANGUAGES.stream().anyMatch(l -> texts.containsKey(key(page, f, l)))).toList();
    }

    private static String key(String page, String field, String language) {
        return page + "." + field + "." + language;
    }

    private static String language(String language) {
        return "en".equals(language) ? "en" : "fr";
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Optional<String> setting(String key) {
        return settings.find(key).map(Setting::getValue);
    }

    private Map<String, String> texts(String prefix) {
        return em.createQuery("SELECT t FROM TownText t WHERE t.key LIKE :prefix", TownText.class)
                .setParameter("prefix", prefix + "%").getResultStream()
                .collect(Collectors.toMap(TownText::getKey, TownText::getBody));
    }

    /** The stored texts of a page, locked: two administrators saving at once write one after the other. */
    private Map<String, TownText> locked(String prefix) {
        return em.createQuery("SELECT t FROM TownText t WHERE t.key LIKE :prefix", TownText.class)
                .setParameter("prefix", prefix + "%").setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(TownText::getKey, t -> t));
    }

    /** Stores a text, or removes it when it is empty or its default (the page then shows the default). */
    private void store(Map<String, TownText> stored, String key, String value, String byDefault) {
        String text = value == null ? "" : value.strip().replace("\r\n", "\n");
        TownText row = stored.get(key);
        if (text.isEmpty() || text.equals(byDefault.strip())) {
            if (row != null) {
                em.remove(row);
            }
            return;
        }
        if (row == null) {
            row = new TownText(key);
            em.persist(row);
        }
        row.set(text, Callers.accountId(session).orElse(null), clock.instant());
    }
}
