package org.civitas.demo;

import org.civitas.budgets.BallotKind;
import org.civitas.budgets.BudgetDraft;
import org.civitas.budgets.BudgetSeeder;
import org.civitas.budgets.DeliveryStatus;
import org.civitas.budgets.EnvelopeDraft;
import org.civitas.budgets.MilestoneDraft;
import org.civitas.budgets.PhaseDates;
import org.civitas.budgets.Verdict;
import org.civitas.budgets.results.BudgetRule;
import org.civitas.platform.Backdating;
import org.civitas.proposals.ProposalDraft;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo town's participatory budgets: last spring's pilot told from its first day to its counted results (ideas,
 * the technical review with a duplicate merged and an idea found not feasible, the projects published, the residents'
 * ballots), and this year's budget taking ideas, with its first ones. Every step at its day in the past, through the
 * budgets' seeder (the rules and tables of a real budget).
 */
final class DemoBudgets {

    /** One idea of the story: who, where (null: the whole town), what, and what the review made of it. */
    private record Idea(String author, String district, String theme, String title, String summary, long estimate,
                        Verdict verdict, Long cost, String reason, String duplicateOf) {
    }

    private static final List<Idea> PILOT = List.of(
            new Idea("lea", null, "culture", "Une fresque sur le mur de la médiathèque",
                    "Confier le grand mur gris de la médiathèque à des artistes de la région, avec les écoles.",
                    20_000, Verdict.FEASIBLE, 24_000L, "Le coût comprend l’échafaudage et un vernis anti-graffiti.", null),
            new Idea("karim", null, "environnement", "Des fontaines à eau dans les parcs",
                    "Trois fontaines d’eau potable\u00a0: parc des Rives, square Vauban et stade.",
                    15_000, Verdict.FEASIBLE, 18_000L, null, null),
            new Idea("hugo", null, "sport", "Un skatepark au stade",
                    "Un espace de glisse en béton pour les jeunes, à côté des terrains du stade.",
                    55_000, Verdict.FEASIBLE, 50_000L, "Le terrain est disponible\u00a0; le coût comprend l’éclairage.", null),
            new Idea("bernard", null, "urbanisme", "Des bancs le long de la Loire",
                    "Une dizaine de bancs sur la promenade, pour s’arrêter et regarder le fleuve.",
                    10_000, Verdict.FEASIBLE, 10_000L, null, null),
            new Idea("chloe", null, "environnement", "Un jardin partagé derrière l’école Jules-Ferry",
                    "Des carrés potagers pour les habitants et les classes, avec un récupérateur d’eau.",
                    18_000, Verdict.FEASIBLE, 21_000L, null, null),
            new Idea("nadia", null, "education", "Un potager pour les écoliers",
                    "Que les enfants apprennent à faire pousser des légumes près de leur école.",
                    8_000, Verdict.MERGED, null, "La même idée que le jardin partagé de l’école Jules-Ferry\u00a0: réunies.",
                    "Un jardin partagé derrière l’école Jules-Ferry"),
            new Idea("mathieu", null, "sport", "Une piscine couverte",
                    "Une piscine pour nager toute l’année sans aller jusqu’à la ville voisine.",
                    3_000_000, Verdict.UNFEASIBLE, null,
                    "Son coût (3 millions d’euros au moins) dépasse de loin l’enveloppe\u00a0; la question est posée au "
                            + "plan pluriannuel d’investissement.", null),
            new Idea("sophie", "centre-ville", "mobilite", "Des arceaux vélo rue du Marché",
                    "Vingt arceaux pour attacher son vélo les jours de marché.",
                    6_000, Verdict.FEASIBLE, 8_000L, null, null),
            new Idea("ines", "centre-ville", "urbanisme", "Des jardinières place de la Mairie",
                    "Fleurir la place avec des jardinières entretenues par les habitants volontaires.",
                    12_000, Verdict.FEASIBLE, 15_000L, null, null),
            new Idea("thomas", "gare", "mobilite", "Un abri vélo sécurisé à la gare",
                    "Un abri fermé pour quarante vélos, ouvert avec la carte de transport.",
                    15_000, Verdict.FEASIBLE, 18_000L, null, null),
            new Idea("aicha", "gare", "urbanisme", "Éclairer le passage sous la voie",
                    "Le passage piéton sous la voie ferrée est sombre le soir\u00a0: un éclairage sûr et économe.",
                    10_000, Verdict.FEASIBLE, 14_000L, null, null));

    private static final List<Idea> THIS_YEAR = List.of(
            new Idea("lea", null, "environnement", "Planter un verger dans le parc des Rives",
                    "Des pommiers et des poiriers de variétés anciennes, où chacun peut cueillir.",
                    30_000, null, null, null, null),
            new Idea("julien", "gare", "mobilite", "Une piste cyclable entre la gare et le lycée",
                    "Relier la gare au lycée par une piste séparée de la route, sur 800 mètres.",
                    45_000, null, null, null, null),
            new Idea("emma", "plateau", "urbanisme", "Une aire de jeux au plateau",
                    "Des jeux pour les petits et des bancs à l’ombre, près des immeubles du plateau.",
                    35_000, null, null, null, null));

    private final BudgetSeeder budgets;
    private final ZoneId zone;
    private final LocalDate today;
    private final Function<String, Long> named;
    private final List<Long> residents;

    /**
     * @param named     a named resident's account id by their key ("lea", "elue")
     * @param residents every resident's account id (the voters are taken among them)
     */
    DemoBudgets(BudgetSeeder budgets, ZoneId zone, LocalDate today, Function<String, Long> named, List<Long> residents) {
        this.budgets = budgets;
        this.zone = zone;
        this.today = today;
        this.named = named;
        this.residents = residents;
    }

    /** Seeds both budgets; the pilot's id (its results are counted once this transaction commits). */
    long seed() {
        long pilot = pilot();
        long current = budgets.seed(DemoStory.budget(today), DemoStory.envelopes()).getId();
        for (int i = 0; i < THIS_YEAR.size(); i++) {
            Idea idea = THIS_YEAR.get(i);
            Backdating.at(at(5 - i * 2, 18), () -> budgets.idea(current, idea.district(), id(idea.author()),
                    text(idea), idea.estimate()));
        }
        return pilot;
    }

    private long pilot() {
        // Information 95 days ago, ideas from 88, review from 60, vote from 40 (three weeks), results 19, follow-up 12
        BudgetDraft draft = new BudgetDraft("Budget participatif 2026",
                "Pour la première fois, la commune a confié 120 000 € de son budget d’investissement 2026 à ses "
                        + "habitants\u00a0: 80 000 € pour des projets de toute la commune, 20 000 € pour le centre-ville et "
                        + "20 000 € pour le quartier de la Gare.\n\nLes projets les plus votés ont été retenus, tant "
                        + "qu’ils tenaient dans l’enveloppe.",
                120_000, BallotKind.KNAPSACK, null, BudgetRule.GREEDY, false, null,
                new PhaseDates(today.minusDays(95), today.minusDays(88), today.minusDays(60), today.minusDays(40),
                        today.minusDays(19), today.minusDays(12)));
        long budget = Backdating.at(at(96, 10), () -> budgets.seed(draft, List.of(new EnvelopeDraft(null, 80_000),
                new EnvelopeDraft("centre-ville", 20_000), new EnvelopeDraft("gare", 20_000))).getId());
        Map<String, Long> ideas = new HashMap<>();
        for (int i = 0; i < PILOT.size(); i++) {
            Idea idea = PILOT.get(i);
            ideas.put(idea.title(), Backdating.at(at(86 - i * 2, 19), () -> budgets.idea(budget, idea.district(),
                    id(idea.author()), text(idea), idea.estimate()).getId()));
        }
        long official = id("elue");
        // Feasible ideas first: a duplicate is merged into a project already found feasible
        List<Idea> reviewOrder = new ArrayList<>(PILOT.stream().filter(i -> i.duplicateOf() == null).toList());
        reviewOrder.addAll(PILOT.stream().filter(i -> i.duplicateOf() != null).toList());
        for (int i = 0; i < reviewOrder.size(); i++) {
            Idea idea = reviewOrder.get(i);
            Backdating.at(at(58 - i, 11), () -> budgets.assess(ideas.get(idea.title()), idea.verdict(), idea.title(),
                    idea.cost(), idea.reason(), idea.duplicateOf() == null ? null : ideas.get(idea.duplicateOf()),
                    official));
        }
        Backdating.at(at(42, 17), () -> budgets.publishProjects(budget));
        vote(budget, ideas);
        // The follow-up has begun: the services tell where the funded projects stand
        Backdating.at(at(10, 16), () -> budgets.milestone(ideas.get("Des fontaines à eau dans les parcs"),
                new MilestoneDraft(today.minusDays(10), "Les trois fontaines sont posées et raccordées.", 100,
                        DeliveryStatus.DELIVERED), official));
        Backdating.at(at(6, 10), () -> budgets.milestone(ideas.get("Un skatepark au stade"),
                new MilestoneDraft(today.minusDays(6), "Le bureau d’études dessine les modules avec les jeunes du club.",
                        20, DeliveryStatus.STUDIES), official));
        Backdating.at(at(3, 11), () -> budgets.milestone(ideas.get("Des bancs le long de la Loire"),
                new MilestoneDraft(today.minusDays(3), "Six bancs sur dix sont installés.", 60, DeliveryStatus.WORKS),
                official));
        return budget;
    }

    /**
     * The residents' ballots, over the vote's three weeks: baskets that fit, in proportions that make the results
     * tell their story (the skatepark and the fountains pass first; the fresco and the garden no longer fit after them).
     */
    private void vote(long budget, Map<String, Long> ideas) {
        List<List<String>> town = List.of(
                List.of("Un skatepark au stade", "Des fontaines à eau dans les parcs"),
                List.of("Un skatepark au stade", "Des bancs le long de la Loire"),
                List.of("Un jardin partagé derrière l’école Jules-Ferry", "Une fresque sur le mur de la médiathèque",
                        "Des fontaines à eau dans les parcs", "Des bancs le long de la Loire"),
                List.of("Une fresque sur le mur de la médiathèque", "Des bancs le long de la Loire"),
                List.of("Un jardin partagé derrière l’école Jules-Ferry", "Des fontaines à eau dans les parcs"),
                List.of("Un skatepark au stade"));
        List<List<String>> centre = List.of(List.of("Des arceaux vélo rue du Marché"),
                List.of("Des jardinières place de la Mairie"), List.of("Des arceaux vélo rue du Marché"));
        List<List<String>> gare = List.of(List.of("Un abri vélo sécurisé à la gare"),
                List.of("Éclairer le passage sous la voie"), List.of("Un abri vélo sécurisé à la gare"));
        // The named residents and the first others vote: about forty ballots per envelope in a town of this size
        int voters = Math.min(residents.size(), 48);
        for (int v = 3; v < voters; v++) {
            long voter = residents.get(v);
            String district = v % 3 == 0 ? "centre-ville" : v % 3 == 1 ? "gare" : null;
            List<String> mine = town.get(v % town.size());
            int day = 39 - (v * 19 / voters);
            Backdating.at(at(day, 12 + v % 9), () -> budgets.ballot(budget, voter, district,
                    mine.stream().map(ideas::get).toList()));
            if (district != null) {
                List<String> local = (district.equals("gare") ? gare : centre).get(v % 3);
                Backdating.at(at(day, 13 + v % 9), () -> budgets.ballot(budget, voter, district,
                        local.stream().map(ideas::get).toList()));
            }
        }
    }

    private long id(String key) {
        return named.apply(key);
    }

    private static ProposalDraft text(Idea idea) {
        return new ProposalDraft(idea.title(), idea.summary(), idea.summary() + "\n\nProposé pour le budget participatif.",
                idea.theme(), null);
    }

    private Instant at(int daysAgo, int hour) {
        return today.minusDays(daysAgo).atTime(hour, 0).atZone(zone).toInstant();
    }
}
