package org.civitas.demo;

import org.civitas.accounts.Role;
import org.civitas.budgets.BallotKind;
import org.civitas.budgets.BudgetDraft;
import org.civitas.budgets.EnvelopeDraft;
import org.civitas.budgets.PhaseDates;
import org.civitas.budgets.results.BudgetRule;
import org.civitas.moderation.ReportReason;
import org.civitas.proposals.DistrictDraft;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalStatus;
import org.civitas.proposals.ThemeDraft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What happens in the demo town, Belleville-sur-Loire: who lives there, what they proposed, what the town answered,
 * what they said about it. Fixed text, in French as a French town's portal would hold it (theme names also in English,
 * as the portal translates them; a few residents read the portal in English). {@link DemoPlan} turns it into dated
 * steps. Votes are given as shares of the support threshold, so that a proposal "gathering supports" stays below it
 * and one "under review" went over it, whatever the threshold a town configured.
 */
final class DemoStory {

    /** A person of the town: a key the story refers to, a name, an address, a language, roles beyond citizen. */
    record Resident(String key, String name, String email, Locale locale, Set<Role> roles) {

        boolean isStaff() {
            return roles.contains(Role.ADMIN) || roles.contains(Role.OFFICIAL) || roles.contains(Role.MODERATOR);
        }
    }

    /** What an idea became: never published, just published, gathering supports, under review, answered, withdrawn. */
    enum Fate { DRAFT, NEW, GATHERING, UNDER_REVIEW, ANSWERED, WITHDRAWN }

    /** An official's answer, some days ago; a cost in euros and a date planned some days ahead, when the answer gives them. */
    record Reply(ProposalStatus decision, int daysAgo, String body, BigDecimal cost, Integer plannedInDays) {
    }

    /** Reports a comment received: how many residents, and why. */
    record Reported(int times, ReportReason reason, String details) {
    }

    /** A comment of a thread, with the replies it received (each a day or so after it) and its reports. */
    record Talk(String author, int daysAgo, String body, List<Talk> replies, Reported reported) {

        Talk replies(Talk... more) {
            return new Talk(author, daysAgo, body, List.of(more), reported);
        }

        Talk reported(int times, ReportReason reason, String details) {
            return new Talk(author, daysAgo, body, replies, new Reported(times, reason, details));
        }
    }

    /**
     * One idea: its author, how many days ago it was published (or written, for a draft), its text, what became of it,
     * its FOR and AGAINST votes as shares of the threshold, the official's answers, the thread, and how often it was
     * shared and how many visits the shares brought.
     */
    record Idea(String author, int daysAgo, ProposalDraft draft, Fate fate, double forShare, double againstShare,
                List<Reply> answers, int withdrawnDaysAgo, List<Talk> thread, int shares, int arrivals) {

        Idea votes(Fate becomes, double forShareOfThreshold, double againstShareOfThreshold) {
            return new Idea(author, daysAgo, draft, becomes, forShareOfThreshold, againstShareOfThreshold, answers,
                    withdrawnDaysAgo, thread, shares, arrivals);
        }

        Idea answered(Reply... given) {
            return new Idea(author, daysAgo, draft, Fate.ANSWERED, forShare, againstShare, List.of(given),
                    withdrawnDaysAgo, thread, shares, arrivals);
        }

        Idea withdrawn(int withdrawn) {
            return new Idea(author, daysAgo, draft, Fate.WITHDRAWN, forShare, againstShare, answers, withdrawn, thread,
                    shares, arrivals);
        }

        Idea thread(Talk... talks) {
            return new Idea(author, daysAgo, draft, fate, forShare, againstShare, answers, withdrawnDaysAgo,
                    List.of(talks), shares, arrivals);
        }

        Idea shared(int timesShared, int visitsBrought) {
            return new Idea(author, daysAgo, draft, fate, forShare, againstShare, answers, withdrawnDaysAgo, thread,
                    timesShared, visitsBrought);
        }

        /** The status the story leaves the proposal in. */
        ProposalStatus status() {
            return switch (fate) {
                case DRAFT -> ProposalStatus.DRAFT;
                case NEW, GATHERING -> ProposalStatus.PUBLISHED;
                case UNDER_REVIEW -> ProposalStatus.UNDER_REVIEW;
                case ANSWERED -> answers.get(answers.size() - 1).decision();
                case WITHDRAWN -> ProposalStatus.WITHDRAWN;
            };
        }
    }

    private DemoStory() {
    }

    /** The accounts README lists, and the residents the story names: they write, comment, answer and moderate. */
    static List<Resident> people() {
        return List.of(
                staff("admin", "Camille Admin", "admin@civitas.example", Role.ADMIN),
                staff("elue", "Dominique Élue", "elue@civitas.example", Role.OFFICIAL),
                staff("moderation", "Sacha Modération", "moderation@civitas.example", Role.MODERATOR),
                resident("habitant", "Alex Habitant", "habitant@civitas.example", Locale.FRENCH),
                resident("lea", "Léa Martin", "lea.martin@civitas.example", Locale.FRENCH),
                resident("karim", "Karim Benali", "karim.benali@civitas.example", Locale.FRENCH),
                resident("chloe", "Chloé Bernard", "chloe.bernard@civitas.example", Locale.FRENCH),
                resident("mathieu", "Mathieu Roux", "mathieu.roux@civitas.example", Locale.FRENCH),
                resident("nadia", "Nadia Haddad", "nadia.haddad@civitas.example", Locale.FRENCH),
                resident("jp", "Jean-Pierre Lefèvre", "jean-pierre.lefevre@civitas.example", Locale.FRENCH),
                resident("sophie", "Sophie Garnier", "sophie.garnier@civitas.example", Locale.FRENCH),
                resident("thomas", "Thomas Girard", "thomas.girard@civitas.example", Locale.FRENCH),
                resident("ines", "Inès Moreau", "ines.moreau@civitas.example", Locale.FRENCH),
                resident("bernard", "Bernard Dupuis", "bernard.dupuis@civitas.example", Locale.FRENCH),
                resident("aicha", "Aïcha Diallo", "aicha.diallo@civitas.example", Locale.FRENCH),
                resident("julien", "Julien Petit", "julien.petit@civitas.example", Locale.FRENCH),
                resident("hugo", "Hugo Lambert", "hugo.lambert@civitas.example", Locale.FRENCH),
                resident("mcf", "Marie-Claire Fontaine", "marie-claire.fontaine@civitas.example", Locale.FRENCH),
                resident("emma", "Emma Clarke", "emma.clarke@civitas.example", Locale.ENGLISH),
                resident("oliver", "Oliver Hughes", "oliver.hughes@civitas.example", Locale.ENGLISH),
                resident("promo", "Promo Solaire 49", "promo.solaire49@civitas.example", Locale.FRENCH));
    }

    /** First names and surnames of the other residents, who vote and report ({@link DemoPlan} pairs them). */
    static final List<String> FIRST_NAMES = List.of("Camille", "Lucas", "Manon", "Nathan", "Jade", "Louis", "Lina",
            "Gabriel", "Zoé", "Arthur", "Louise", "Jules", "Alice", "Raphaël", "Rose", "Adam", "Anna", "Sacha", "Clara",
            "Noah", "Élise", "Paul", "Sarah", "Victor", "Yasmine", "Antoine", "Margaux", "Mehdi", "Juliette", "Théo",
            "Agathe", "Samuel", "Pauline", "Bastien", "Fatou", "Nicolas", "Hélène", "Kevin", "Odile", "Rémi");
    static final List<String> SURNAMES = List.of("Dubois", "Laurent", "Simon", "Michel", "Leroy", "Lefebvre", "Mercier",
            "Blanc", "Guérin", "Boyer", "Chevalier", "François", "Rousseau", "Vincent", "Muller", "Fournier", "Morel",
            "Faure", "André", "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel",
            "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Lemaire", "Brun", "Benoît", "Colin",
            "Renard", "Hoarau", "Nguyen");

    /** The town's themes, in French and English (the portal shows one or the other). */
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

    /**
     * The town's participatory budget, its ideas being submitted: information began three weeks ago, the submission of
     * ideas six days ago; the technical review, the vote (three weeks), the results and the follow-up are to come.
     */
    static BudgetDraft budget(LocalDate today) {
        LocalDate information = today.minusDays(20);
        return new BudgetDraft("Budget participatif 2027",
                "La commune consacre 300 000 € de son budget d’investissement 2027 aux projets de ses habitants.\n\n"
                        + "Déposez vos idées pour toute la commune ou pour votre quartier\u00a0: les services de la commune "
                        + "étudieront leur faisabilité et leur coût, puis vous voterez pour les projets à réaliser.",
                300_000, BallotKind.KNAPSACK, null, BudgetRule.EQUAL_SHARES, false, 16,
                new PhaseDates(information, today.minusDays(6), today.plusDays(25), today.plusDays(45),
                        today.plusDays(66), today.plusDays(75)));
    }

    /** Half of the budget for the whole town, the rest shared by three districts. */
    static List<EnvelopeDraft> envelopes() {
        return List.of(new EnvelopeDraft(null, 150_000), new EnvelopeDraft("centre-ville", 50_000),
                new EnvelopeDraft("gare", 50_000), new EnvelopeDraft("plateau", 50_000));
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

    /** The ideas, in no particular order ({@link DemoPlan} dates every step). */
    static List<Idea> ideas() {
        List<Idea> ideas = new ArrayList<>();
        ideas.add(idea("lea", 38, "mobilite", "gare",
                "Des pistes cyclables protégées rue de la Gare",
                "Séparer les vélos des voitures entre la gare et le lycée.",
                "Chaque matin, des centaines d’élèves rejoignent le lycée à vélo au milieu des voitures.\n\n"
                        + "Une piste séparée par une bordure, sur les 800 mètres de la rue de la Gare, rendrait le trajet sûr. "
                        + "Le stationnement pourrait passer d’un seul côté de la rue.")
                .votes(Fate.UNDER_REVIEW, 1.28, 0.2)
                .thread(
                        talk("mathieu", 36, "Enfin ! Je fais ce trajet tous les jours avec mes deux enfants, et le carrefour "
                                + "devant la boulangerie est le pire moment de la journée.").replies(
                                talk("lea", 0, "Oui, le carrefour est le point noir. Un sas vélo au feu rouge serait un bon début, "
                                        + "même avant la piste."),
                                talk("elue", 0, "Merci pour ces retours précis. Les services techniques feront un comptage des vélos "
                                        + "et des voitures au carrefour dans les prochaines semaines ; nous en publierons les "
                                        + "résultats ici.")),
                        talk("sophie", 30, "Attention aux commerçants de la rue : si on supprime des places, il faut en recréer "
                                + "ailleurs, sinon nos clients iront au centre commercial.").replies(
                                talk("karim", 0, "Le parking de la gare est à 200 mètres et à moitié vide en journée. Avec une "
                                        + "signalétique claire, ça peut marcher.")),
                        talk("emma", 12, "As a parent who cycles to school every day: yes please! The painted lane near the "
                                + "station is not enough, cars park on it all the time."))
                .shared(16, 58));
        ideas.add(idea("karim", 84, "environnement", null,
                "Un composteur partagé dans chaque quartier",
                "Réduire les déchets en compostant ensemble, près de chez soi.",
                "Un tiers de nos poubelles est fait de déchets de cuisine.\n\n"
                        + "Un bac de compostage partagé, géré par des volontaires formés par la commune, dans chaque quartier.")
                .votes(Fate.ANSWERED, 1.4, 0.12)
                .answered(
                        answer(ProposalStatus.ACCEPTED, 70, "La commune retient la proposition. Six composteurs seront "
                                + "installés, un par quartier, et le syndicat des déchets formera des référents bénévoles. "
                                + "Les habitants intéressés peuvent se signaler à l’accueil de la mairie.", 9_600, null),
                        answer(ProposalStatus.IN_PROGRESS, 40, "Les trois premiers composteurs sont en place (Centre-ville, "
                                + "Gare, Les Tilleuls). Les trois autres suivront dès que leurs référents auront été formés.",
                                null, null),
                        answer(ProposalStatus.IMPLEMENTED, 6, "Les six composteurs sont installés et 58 foyers y apportent "
                                + "leurs déchets de cuisine. Merci à Karim Benali et aux douze référents bénévoles. Un premier "
                                + "bilan sera publié dans six mois.", null, null))
                .thread(
                        talk("jp", 80, "Bonne idée, mais qui s’occupera de retourner le compost ? Dans ma résidence, le bac "
                                + "a fini par attirer les rats.").replies(
                                talk("karim", 0, "C’est tout le rôle des référents : un tour par semaine, et une formation pour "
                                        + "éviter ce genre de problème.")),
                        talk("lea", 5, "Je suis référente aux Tilleuls : on a déjà récolté le premier compost, les jardins "
                                + "partagés en profiteront au printemps."))
                .shared(9, 27));
        ideas.add(idea("ines", 62, "culture", "centre-ville",
                "Ouvrir la médiathèque le dimanche après-midi",
                "Un lieu chaud et calme pour lire et réviser le week-end.",
                "Beaucoup d’étudiants et de familles n’ont pas d’endroit calme le dimanche. "
                        + "Ouvrir de 14 h à 18 h, au moins l’hiver.")
                .votes(Fate.ANSWERED, 1.5, 0.2)
                .answered(answer(ProposalStatus.ACCEPTED, 20, "Accepté. La médiathèque ouvrira le dimanche de 14 h à 18 h "
                        + "d’octobre à mars, avec deux agents volontaires et des vacataires. Le coût comprend les heures "
                        + "majorées et le chauffage.", 38_000, 45))
                .thread(
                        talk("julien", 55, "Pour les révisions du bac, ce serait précieux. Chez moi, le dimanche, c’est "
                                + "impossible de travailler."),
                        talk("bernard", 50, "Payer des agents le dimanche pour quelques étudiants, c’est beaucoup d’argent "
                                + "public.").replies(
                                talk("ines", 0, "Ce ne sont pas « quelques étudiants » : 180 personnes ont signé la pétition "
                                        + "papier à l’accueil.")))
                .shared(6, 21));
        ideas.add(idea("jp", 75, "urbanisme", "bords-de-loire",
                "Des bancs ombragés le long des bords de Loire",
                "Pouvoir se reposer à l’ombre pendant la promenade.",
                "Les personnes âgées renoncent à la promenade faute de bancs. Dix bancs sous les arbres, tous les 200 mètres.")
                .votes(Fate.ANSWERED, 1.16, 0.04)
                .answered(
                        answer(ProposalStatus.ACCEPTED, 50, "Accepté. Dix bancs en bois local seront posés entre le pont et "
                                + "la guinguette, à l’ombre des platanes.", 14_500, 30),
                        answer(ProposalStatus.IN_PROGRESS, 12, "Les six premiers bancs sont posés. Les quatre derniers "
                                + "attendent la fin des travaux sur la berge.", null, null))
                .thread(
                        talk("aicha", 70, "Ma mère ne sort plus marcher parce qu’elle ne peut pas faire plus de 300 mètres "
                                + "sans s’asseoir. Merci pour cette proposition."),
                        talk("jp", 10, "J’ai testé les nouveaux bancs ce matin : parfait. Reste à en mettre un près de "
                                + "l’aire de jeux."))
                .shared(3, 9));
        ideas.add(idea("hugo", 21, "sport", "plateau",
                "Un terrain de basket au Plateau",
                "Les jeunes du Plateau n’ont aucun équipement sportif en accès libre.",
                "Le terrain vague derrière le gymnase pourrait accueillir un terrain de basket en accès libre, "
                        + "éclairé jusqu’à 22 h.")
                .votes(Fate.GATHERING, 0.72, 0.08)
                .thread(
                        talk("julien", 19, "On joue sur le parking du supermarché en attendant… Un vrai terrain, ce serait "
                                + "top."),
                        talk("nadia", 15, "D’accord, mais pas d’éclairage jusqu’à 22 h : les immeubles sont juste à côté.")
                                .replies(talk("hugo", 0, "On peut demander une extinction à 21 h, ça me va.")),
                        talk("promo", 8, "PANNEAUX SOLAIRES -50 % !!! Devis gratuit sur www.promo-solaire49.example, "
                                + "offre limitée, appelez vite !!!")
                                .reported(3, ReportReason.SPAM, "Publicité sans rapport avec la proposition."))
                .shared(11, 34));
        ideas.add(idea("mcf", 30, "solidarite", "vieux-bourg",
                "Une épicerie solidaire au Vieux-Bourg",
                "Des produits de première nécessité à petit prix pour les familles modestes.",
                "Le local de l’ancienne poste est vide depuis deux ans. Une épicerie solidaire gérée avec les "
                        + "associations du quartier.")
                .votes(Fate.UNDER_REVIEW, 1.08, 0.12)
                .thread(
                        talk("aicha", 27, "Le Secours populaire est prêt à prêter des bénévoles le samedi matin."),
                        talk("elue", 6, "La commission solidarité examinera la proposition à sa prochaine séance, avec "
                                + "les associations du quartier. Le local de l’ancienne poste appartient bien à la commune.")
                                .replies(talk("mcf", 0, "Merci ! Nous viendrons avec un budget prévisionnel.")))
                .shared(7, 18));
        ideas.add(idea("chloe", 26, "education", null,
                "Des rues scolaires aux heures d’entrée et de sortie",
                "Fermer aux voitures les rues des écoles un quart d’heure, matin et soir.",
                "Les abords des écoles sont encombrés et dangereux. D’autres villes l’ont fait avec succès : "
                        + "voir https://www.ecologie.gouv.fr.")
                .votes(Fate.GATHERING, 0.84, 0.24)
                .thread(
                        talk("thomas", 24, "Et comment font les parents qui déposent leurs enfants en voiture avant d’aller "
                                + "travailler ?").replies(
                                talk("chloe", 0, "Ils se garent un peu plus loin : 200 mètres à pied, ce n’est rien, et c’est "
                                        + "le quart d’heure le plus dangereux de la journée."),
                                talk("elue", 0, "Une expérimentation devant l’école Jules-Ferry est possible dès la rentrée "
                                        + "si la proposition atteint le seuil. Nous consulterons les riverains.")),
                        talk("oliver", 11, "We had school streets in Bristol, it changed everything for the kids. Happy to "
                                + "share how it was organised."))
                .shared(14, 47));
        ideas.add(idea("sophie", 80, "securite", "gare",
                "Éclairer le passage sous la voie ferrée",
                "Le passage piéton sous les voies est sombre et inquiétant le soir.",
                "Un éclairage à détection de présence, et un miroir à la sortie du virage.")
                .votes(Fate.ANSWERED, 1.2, 0.0)
                .answered(
                        answer(ProposalStatus.ACCEPTED, 64, "Accepté, en lien avec SNCF Réseau, propriétaire de l’ouvrage.",
                                7_800, 40),
                        answer(ProposalStatus.IMPLEMENTED, 15, "C’est fait : douze lampes à détection de présence et un "
                                + "miroir ont été installés. Dites-nous si un point reste sombre.", null, null))
                .thread(talk("ines", 13, "Je passe par là tous les soirs en rentrant du travail : ça change vraiment tout. "
                        + "Merci !"))
                .shared(4, 12));
        ideas.add(idea("habitant", 55, "environnement", "les-tilleuls",
                "Des jardins partagés aux Tilleuls",
                "Transformer la pelouse inutilisée en potagers pour les habitants.",
                "La grande pelouse au pied des immeubles n’est jamais utilisée. Vingt parcelles, un récupérateur "
                        + "d’eau de pluie.")
                .votes(Fate.ANSWERED, 1.12, 0.16)
                .answered(answer(ProposalStatus.ACCEPTED, 25, "Accepté avec le bailleur social, propriétaire de la "
                        + "pelouse. Les parcelles seront attribuées par tirage au sort entre les habitants inscrits.",
                        6_200, 60))
                .thread(talk("lea", 50, "Le compost du quartier pourra servir aux parcelles !")));
        ideas.add(idea("nadia", 58, "mobilite", "centre-ville",
                "Une navette gratuite pour le marché du samedi",
                "Relier les quartiers éloignés au marché du centre-ville.",
                "Une navette toutes les 30 minutes de 8 h à 13 h le samedi, depuis le Plateau et les Tilleuls.")
                .votes(Fate.ANSWERED, 1.04, 0.32)
                .answered(answer(ProposalStatus.REJECTED, 30, "Nous ne retenons pas la navette : son coût (environ 60 000 € "
                        + "par an) est hors de portée du budget de fonctionnement. La ligne 2 du réseau intercommunal "
                        + "passera toutes les 20 minutes le samedi matin dès le mois prochain, et s’arrêtera devant le "
                        + "marché.", null, null))
                .thread(talk("jp", 28, "Dommage, mais la ligne 2 plus fréquente, c’est déjà mieux que rien.")));
        ideas.add(idea("mathieu", 16, "mobilite", "gare",
                "Un parking à vélos sécurisé à la gare",
                "Des arceaux couverts et un local fermé pour les vélos des voyageurs.",
                "Trois vélos ont été volés à la gare le mois dernier. Un local fermé par badge, comme à Angers, "
                        + "permettrait de venir en train sans craindre pour son vélo.")
                .votes(Fate.GATHERING, 0.48, 0.04)
                .shared(4, 10));
        ideas.add(idea("thomas", 24, "urbanisme", "centre-ville",
                "Des fontaines à eau dans les parcs",
                "Boire de l’eau fraîche gratuitement pendant les fortes chaleurs.",
                "Les étés sont de plus en plus chauds. Une fontaine dans chaque parc du centre, et une sur la place du "
                        + "marché.")
                .votes(Fate.GATHERING, 0.92, 0.04)
                .thread(talk("aicha", 20, "Avec un robinet plus bas pour remplir les gourdes des enfants, s’il vous plaît."))
                .shared(5, 14));
        ideas.add(idea("julien", 1, "sport", "les-tilleuls",
                "Un skatepark aux Tilleuls",
                "Un espace pour le skate, la trottinette et le BMX.",
                "Les jeunes du quartier font du skate sur les parkings faute de lieu adapté. Un petit skatepark en béton "
                        + "près du city-stade.")
                .votes(Fate.NEW, 0, 0));
        ideas.add(idea("aicha", 12, "solidarite", null,
                "Des ateliers numériques pour les seniors",
                "Aider les plus âgés à faire leurs démarches en ligne.",
                "De plus en plus de démarches ne se font qu’en ligne. Un atelier par semaine à la médiathèque, animé par "
                        + "des bénévoles et des lycéens.")
                .votes(Fate.GATHERING, 0.36, 0.0)
                .thread(talk("ines", 9, "Je veux bien animer un atelier le mercredi après-midi.")));
        ideas.add(idea("bernard", 50, "securite", "plateau",
                "Des ralentisseurs avenue du Plateau",
                "Les voitures roulent trop vite devant la résidence des Cèdres.",
                "Des plateaux surélevés à chaque passage piéton de l’avenue du Plateau, où l’on roule souvent à 70 km/h.")
                .votes(Fate.ANSWERED, 0.6, 0.2)
                .answered(answer(ProposalStatus.REJECTED, 35, "L’avenue du Plateau est une route départementale : la commune "
                        + "ne peut pas y poser de ralentisseurs. Nous avons transmis la demande au Département, qui "
                        + "installera un radar pédagogique.", null, null)));
        ideas.add(idea("karim", 18, "culture", "bords-de-loire",
                "Un festival de musique au bord de Loire",
                "Une soirée de concerts gratuits en juin, avec les groupes de la région.",
                "La guinguette et la prairie se prêtent à un petit festival. Les écoles de musique et les associations "
                        + "pourraient l’organiser avec la commune.")
                .votes(Fate.GATHERING, 0.6, 0.12)
                .thread(talk("oliver", 10, "I play in a folk band, count us in if it happens!"))
                .shared(8, 23));
        ideas.add(idea("chloe", 34, "education", null,
                "Une cantine bio et locale",
                "Plus de produits bio et de producteurs du coin dans les cantines.",
                "La loi demande 20 % de bio ; nous en sommes loin. Les maraîchers de la vallée peuvent fournir les "
                        + "légumes, à condition d’adapter les commandes.")
                .votes(Fate.UNDER_REVIEW, 1.12, 0.08)
                .thread(talk("mcf", 31, "L’AMAP du Vieux-Bourg connaît trois maraîchers intéressés.")));
        ideas.add(idea("thomas", 20, "environnement", null,
                "Éteindre l’éclairage public entre 1 h et 5 h",
                "Économiser l’énergie et protéger la faune la nuit.",
                "Beaucoup de communes éteignent leurs lampadaires au cœur de la nuit. Économie estimée : un tiers de la "
                        + "facture d’éclairage.")
                .votes(Fate.GATHERING, 0.56, 0.48)
                .thread(
                        talk("sophie", 18, "Je rentre du travail à 1 h 30, je n’ai pas envie de marcher dans le noir.")
                                .replies(talk("thomas", 0, "On pourrait garder allumés les grands axes et les abords de la "
                                        + "gare, et éteindre les rues résidentielles.")),
                        talk("bernard", 16, "Encore une idée de gens qui dorment à 22 h. Ceux qui proposent ça n’ont qu’à "
                                + "rester chez eux.")
                                .reported(1, ReportReason.OFFENSIVE, "Attaque contre l’auteur plutôt que contre l’idée."),
                        talk("elue", 4, "Pour nourrir le débat : l’éclairage public a coûté 212 000 € l’an dernier. Une "
                                + "extinction partielle est à l’étude dans d’autres communes du département."))
                .shared(19, 66));
        ideas.add(idea("jp", 45, "culture", "vieux-bourg",
                "Une boîte à livres au Vieux-Bourg",
                "Échanger des livres librement, place de l’Église.",
                "Une ancienne cabine téléphonique ou une petite armoire en bois, où chacun dépose et prend des livres.")
                .votes(Fate.ANSWERED, 0.48, 0.0)
                .answered(answer(ProposalStatus.IMPLEMENTED, 20, "Une petite idée qu’il n’était pas utile de faire attendre : "
                        + "les services techniques ont installé une boîte à livres place de l’Église, fabriquée par le "
                        + "lycée professionnel.", 450, null)));
        ideas.add(idea("chloe", 68, "education", "plateau",
                "Végétaliser la cour de l’école Jules-Ferry",
                "Remplacer le bitume par des arbres et de la terre.",
                "La cour atteint 50 °C en juin. Des arbres, des bancs et un coin de terre pour jouer, comme les cours "
                        + "« oasis » de Paris.")
                .votes(Fate.ANSWERED, 1.2, 0.08)
                .answered(answer(ProposalStatus.IN_PROGRESS, 22, "Les travaux commencent pendant les vacances : la moitié "
                        + "de la cour sera désimperméabilisée et plantée, l’autre moitié l’été prochain.", 85_000, 20))
                .thread(talk("oliver", 60, "Our kids go to Jules-Ferry, brilliant idea.")));
        ideas.add(idea("habitant", 2, "urbanisme", "centre-ville",
                "Des toilettes publiques au centre-ville",
                "Des toilettes propres et accessibles près de la place du marché.",
                "Les seules toilettes publiques sont fermées depuis deux ans. Des sanitaires automatiques accessibles aux "
                        + "fauteuils roulants.")
                .votes(Fate.NEW, 0.12, 0.0));
        ideas.add(idea("bernard", 40, "mobilite", "bords-de-loire",
                "Une passerelle piétonne sur la Loire",
                "Relier les deux rives sans passer par le pont routier.",
                "Une passerelle pour piétons et vélos entre la guinguette et l’île aux Oiseaux.")
                .votes(Fate.GATHERING, 0.2, 0.12)
                .withdrawn(31)
                .thread(talk("bernard", 31, "Je retire ma proposition : le Département a annoncé une passerelle au même "
                        + "endroit dans son plan vélo. Merci à ceux qui l’ont soutenue.")));
        ideas.add(idea("mcf", 9, "solidarite", "vieux-bourg",
                "Un marché de producteurs le mercredi soir",
                "Acheter directement aux producteurs en sortant du travail.",
                "Un petit marché de 17 h à 20 h sur la place de l’Église, avec les producteurs de la vallée.")
                .votes(Fate.GATHERING, 0.2, 0.04));
        ideas.add(idea("nadia", 14, "securite", "les-tilleuls",
                "Des passages de la police municipale le soir aux Tilleuls",
                "Se sentir en sécurité dans le quartier après 20 h.",
                "Des rodéos de motos ont lieu presque chaque soir. Des passages réguliers de la police municipale, et un "
                        + "éclairage réparé dans l’allée des Tilleuls.")
                .votes(Fate.GATHERING, 0.52, 0.08)
                .thread(talk("emma", 7, "The broken lamp in the alley has been out for weeks, I reported it twice.")));
        ideas.add(new Idea("habitant", 3, new ProposalDraft("Des nichoirs à oiseaux dans les cours d’école",
                "Faire revenir les mésanges et apprendre aux enfants à les observer.",
                "Brouillon : demander au club nature du lycée de fabriquer les nichoirs.", "environnement", null),
                Fate.DRAFT, 0, 0, List.of(), 0, List.of(), 0, 0));
        return ideas;
    }

    private static Idea idea(String author, int daysAgo, String theme, String district, String title, String summary,
                             String body) {
        return new Idea(author, daysAgo, new ProposalDraft(title, summary, body, theme, district), Fate.NEW, 0, 0,
                List.of(), 0, List.of(), 0, 0);
    }

    /** A comment some days ago; a reply's days are ignored (it comes soon after what it answers). */
    private static Talk talk(String author, int daysAgo, String body) {
        return new Talk(author, daysAgo, body, List.of(), null);
    }

    private static Reply answer(ProposalStatus decision, int daysAgo, String body, Integer euros, Integer plannedInDays) {
        return new Reply(decision, daysAgo, body, euros == null ? null : BigDecimal.valueOf(euros), plannedInDays);
    }

    private static Resident staff(String key, String name, String email, Role role) {
        return new Resident(key, name, email, Locale.FRENCH, EnumSet.of(Role.CITIZEN, role));
    }

    private static Resident resident(String key, String name, String email, Locale locale) {
        return new Resident(key, name, email, locale, EnumSet.of(Role.CITIZEN));
    }
}
