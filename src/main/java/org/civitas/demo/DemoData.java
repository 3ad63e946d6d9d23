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
import org.civitas.proposals.DistrictDraft;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalSeeder;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.ThemeDraft;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
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

    @Inject
    private ProposalSeeder proposals;

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
        long alex = account("Alex Habitant", "habitant@civitas.example", EnumSet.of(Role.CITIZEN));
        long lea = account("Léa Martin", "lea.martin@civitas.example", EnumSet.of(Role.CITIZEN));
        long karim = account("Karim Benali", "karim.benali@civitas.example", EnumSet.of(Role.CITIZEN));
        long[] authors = {alex, lea, karim};
        Instant now = Instant.now();
        List<ProposalDraft> drafts = proposals();
        for (int i = 0; i < drafts.size(); i++) {
            proposals.published(authors[i % authors.length], drafts.get(i),
                    now.minus(Duration.ofHours(7L * (drafts.size() - i) + 3)));
        }
        LOG.info("Demo data loaded: 6 accounts (password " + PASSWORD + "), themes, districts and "
                + drafts.size() + " proposals");
    }

    private long account(String name, String email, Set<Role> roles) {
        return accounts.registerWithRoles(new Registration(name, email, PASSWORD, Locale.FRENCH), roles).getId();
    }

    static List<ProposalDraft> proposals() {
        return List.of(
                draft("Des pistes cyclables protégées rue de la Gare", "Séparer les vélos des voitures entre la gare et le lycée.",
                        "Chaque matin, des centaines d’élèves rejoignent le lycée à vélo au milieu des voitures.\n\nUne piste séparée par une bordure, sur les 800 mètres de la rue de la Gare, rendrait le trajet sûr.", "mobilite", "gare"),
                draft("Un composteur partagé dans chaque quartier", "Réduire les déchets en compostant ensemble, près de chez soi.",
                        "Un tiers de nos poubelles est fait de déchets de cuisine.\n\nUn bac de compostage partagé, géré par des volontaires formés par la commune, dans chaque quartier.", "environnement", null),
                draft("Ouvrir la médiathèque le dimanche après-midi", "Un lieu chaud et calme pour lire et réviser le week-end.",
                        "Beaucoup d’étudiants et de familles n’ont pas d’endroit calme le dimanche. Ouvrir de 14 h à 18 h, au moins l’hiver.", "culture", "centre-ville"),
                draft("Des bancs ombragés le long des bords de Loire", "Pouvoir se reposer à l’ombre pendant la promenade.",
                        "Les personnes âgées renoncent à la promenade faute de bancs. Dix bancs sous les arbres, tous les 200 mètres.", "urbanisme", "bords-de-loire"),
                draft("Un terrain de basket au Plateau", "Les jeunes du Plateau n’ont aucun équipement sportif en accès libre.",
                        "Le terrain vague derrière le gymnase pourrait accueillir un terrain de basket en accès libre, éclairé jusqu’à 22 h.", "sport", "plateau"),
                draft("Une épicerie solidaire au Vieux-Bourg", "Des produits de première nécessité à petit prix pour les familles modestes.",
                        "Le local de l’ancienne poste est vide depuis deux ans. Une épicerie solidaire gérée avec les associations du quartier.", "solidarite", "vieux-bourg"),
                draft("Des rues scolaires aux heures d’entrée et de sortie", "Fermer aux voitures les rues des écoles un quart d’heure, matin et soir.",
                        "Les abords des écoles sont encombrés et dangereux. D’autres villes l’ont fait avec succès : voir https://www.ecologie.gouv.fr.", "education", null),
                draft("Éclairer le passage sous la voie ferrée", "Le passage piéton sous les voies est sombre et inquiétant le soir.",
                        "Un éclairage à détection de présence, et un miroir à la sortie du virage.", "securite", "gare"),
                draft("Des jardins partagés aux Tilleuls", "Transformer la pelouse inutilisée en potagers pour les habitants.",
                        "La grande pelouse au pied des immeubles n’est jamais utilisée. Vingt parcelles, un récupérateur d’eau de pluie.", "environnement", "les-tilleuls"),
                draft("Une navette gratuite pour le marché du samedi", "Relier les quartiers éloignés au marché du centre-ville.",
                        "Une navette toutes les 30 minutes de 8 h à 13 h le samedi, depuis le Plateau et les Tilleuls.", "mobilite", "centre-ville"));
    }

    private static ProposalDraft draft(String title, String summary, String body, String theme, String district) {
        return new ProposalDraft(title, summary, body, theme, district);
    }

    static List<ThemeDraft> themes() {
        return List.of(
                new ThemeDraft("mobilite", "Mobilité", "Transport", 1),
                new ThemeDraft("environnement", "Environnement", "Environment", 2),
                new ThemeDraft("culture", "Culture", "Culture", 3),
                new ThemeDraft("solidarite", "Solidarité", "Solidarity", 4),
                new ThemeDraft("education", "Éducation et jeunesse", "Education and youth", 5),
                new ThemeDraft("sport", "Sport et loisirs", "Sport and leisure", 6),
                new ThemeDraft("urbanisme", "Urbanisme et cadre de vie", "Urban planning", 7),
                new ThemeDraft("securite", "Sécurité et tranquillité", "Safety", 8));
    }

    static List<DistrictDraft> districts() {
        return List.of(
                new DistrictDraft("centre-ville", "Centre-ville", 1),
                new DistrictDraft("gare", "Quartier de la Gare", 2),
                new DistrictDraft("bords-de-loire", "Bords de Loire", 3),
                new DistrictDraft("les-tilleuls", "Les Tilleuls", 4),
                new DistrictDraft("plateau", "Le Plateau", 5),
                new DistrictDraft("vieux-bourg", "Vieux-Bourg", 6));
    }
}
