package org.civitas.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Registration;
import org.civitas.accounts.Role;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Loads the demo town at start-up, after the migrations, when the database has no account yet. */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    /** The password of every demo account (README.md lists them). */
    public static final String PASSWORD = "demo-civitas-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.demo.data", defaultValue = "true")
    private boolean enabled;

    @Inject
    private AccountService accounts;

    @Inject
    private TaxonomyService taxonomy;

    @PostConstruct
    void load() {
        if (!enabled) {
            LOG.info("Demo data disabled (civitas.demo.data=false)");
            return;
        }
        if (accounts.countActive() > 0) {
            return;
        }
        try {
            seed();
        } catch (RuntimeException e) {
            // The portal still starts: demo data is a convenience, and the log says what went wrong.
            LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
        }
    }

    private void seed() {
        taxonomy.seedIfEmpty(themes(), districts());
        account("Camille Admin", "admin@civitas.example", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        account("Dominique Élue", "elue@civitas.example", EnumSet.of(Role.CITIZEN, Role.OFFICIAL));
        account("Sacha Modération", "moderation@civitas.example", EnumSet.of(Role.CITIZEN, Role.MODERATOR));
        account("Alex Habitant", "habitant@civitas.example", EnumSet.of(Role.CITIZEN));
        LOG.info("Demo data loaded: 4 accounts (password " + PASSWORD + "), themes and districts");
    }

    private void account(String name, String email, Set<Role> roles) {
        accounts.registerWithRoles(new Registration(name, email, PASSWORD, Locale.FRENCH), roles);
    }

    static List<Theme> themes() {
        return List.of(
                new Theme("mobilite", "Mobilité", "Transport", 1),
                new Theme("environnement", "Environnement", "Environment", 2),
                new Theme("culture", "Culture", "Culture", 3),
                new Theme("solidarite", "Solidarité", "Solidarity", 4),
                new Theme("education", "Éducation et jeunesse", "Education and youth", 5),
                new Theme("sport", "Sport et loisirs", "Sport and leisure", 6),
                new Theme("urbanisme", "Urbanisme et cadre de vie", "Urban planning", 7),
                new Theme("securite", "Sécurité et tranquillité", "Safety", 8));
    }

    static List<District> districts() {
        return List.of(
                new District("centre-ville", "Centre-ville", 1),
                new District("gare", "Quartier de la Gare", 2),
                new District("bords-de-loire", "Bords de Loire", 3),
                new District("les-tilleuls", "Les Tilleuls", 4),
                new District("plateau", "Le Plateau", 5),
                new District("vieux-bourg", "Vieux-Bourg", 6));
    }
}
