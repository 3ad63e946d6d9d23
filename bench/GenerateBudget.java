import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A Paris-sized participatory budget in its vote, written straight into a migrated PostgreSQL database of Civitas
 * (server stopped) whose residents are already there (bench/GenerateTown.java's accounts, with access tokens): one
 * budget (basket ballot, greedy count) in its VOTING phase with its projects published, a town-wide envelope and one
 * per district (districts added up to {@code districts} when the town has fewer), the ideas (proposals earmarked for
 * an envelope, with their history) and their FEASIBLE projects, every resident declared with a district, and for
 * about half of the residents a ballot already confirmed in each of their two envelopes (with the basket it came
 * from), as a vote under way has. Deterministic (fixed seed). Written through COPY.
 *
 *   java -cp postgresql.jar bench/GenerateBudget.java <jdbc-url> generate [residents] [projects] [districts]
 *   java -cp postgresql.jar bench/GenerateBudget.java <jdbc-url> dates
 *   java -cp postgresql.jar bench/GenerateBudget.java <jdbc-url> requests <out> [count] [seed]
 *
 * {@code dates} moves the budget's phases so that today (Europe/Paris) is in its vote again (a kept database, days
 * later). {@code requests} writes what the confirm load sends, one request a line: "account envelope p1,p2,..." (a
 * random resident, the town-wide envelope or their district's, a random basket of 1 to 5 of its projects that fits its
 * amount), read by bench/budget-vote.sh's Lua script and by bench/RawJdbc.java's ballot mode alike.
 */
public class GenerateBudget {

    static final String SLUG = "budget-participatif-bench";
    static final long TOWN_AMOUNT = 30_000_000L;
    static final long DISTRICT_AMOUNT = 2_000_000L;
    static final ZoneId TOWN = ZoneId.of("Europe/Paris");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            switch (args[1]) {
                case "generate" -> generate(c, args.length > 2 ? Integer.parseInt(args[2]) : 250_000,
                        args.length > 3 ? Integer.parseInt(args[3]) : 1_500, args.length > 4 ? Integer.parseInt(args[4]) : 20);
                case "dates" -> dates(c);
                case "requests" -> requests(c, Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 200_000,
                        args.length > 4 ? Long.parseLong(args[4]) : System.nanoTime());
                default -> throw new IllegalArgumentException("unknown step " + args[1]);
            }
            c.commit();
        }
    }

    static void generate(Connection c, int residents, int projects, int districtCount) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(20260520);
        Instant now = Instant.now();
        long[] themes = ids(c, "SELECT id FROM theme ORDER BY id");
        long[] accounts = ids(c, "SELECT id FROM account WHERE email LIKE 'bench%' ORDER BY id LIMIT " + residents);
        if (themes.length == 0 || accounts.length < residents) {
            throw new IllegalStateException("Needs the demo town's themes and " + residents + " generated accounts, found "
                    + accounts.length + ": run bench/GenerateTown.java first");
        }
        long official = ids(c, "SELECT account_id FROM account_role WHERE role_name = 'OFFICIAL' ORDER BY account_id LIMIT 1")[0];

        // Districts: the town's, and more up to the count asked (Paris has twenty arrondissements).
        long[] districts = ids(c, "SELECT id FROM district WHERE retired_at IS NULL ORDER BY position, id");
        if (districts.length < districtCount) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO district (version, code, name, position) VALUES (1, ?, ?, ?)")) {
                for (int d = districts.length + 1; d <= districtCount; d++) {
                    s.setString(1, "quartier-" + d);
                    s.setString(2, "Quartier " + d);
                    s.setInt(3, d);
                    s.addBatch();
                }
                s.executeBatch();
            }
            districts = ids(c, "SELECT id FROM district WHERE retired_at IS NULL ORDER BY position, id");
        }
        districts = java.util.Arrays.copyOf(districts, districtCount);

        // The budget, in its vote (dates set by dates()), its projects published.
        long total = TOWN_AMOUNT + DISTRICT_AMOUNT * districtCount;
        long budget;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO budget (version, slug, title, description, total_amount, "
                + "ballot_kind, counting_rule, verified_only, information_on, submission_on, review_on, voting_on, results_on, "
                + "follow_up_on, created_at, changed_at, opened_at, projects_published_at) VALUES (1, ?, ?, ?, ?, 'KNAPSACK', "
                + "'GREEDY', FALSE, CURRENT_DATE, CURRENT_DATE, CURRENT_DATE, CURRENT_DATE, CURRENT_DATE + 1, CURRENT_DATE + 1, "
                + "?, ?, ?, NULL) RETURNING id")) {
            s.setString(1, SLUG);
            s.setString(2, "Budget participatif (banc d'essai)");
            s.setString(3, "Un budget de la taille de celui de Paris : vingt arrondissements et la ville entière.");
            s.setLong(4, total);
            Timestamp created = Timestamp.from(now.minus(Duration.ofDays(200)));
            s.setTimestamp(5, created);
            s.setTimestamp(6, created);
            s.setTimestamp(7, created);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                budget = r.getLong(1);
            }
        }
        setDates(c, budget);

        // Envelopes: the town's first, then one per district.
        long[] envelopes = new long[districtCount + 1];
        long[] amounts = new long[districtCount + 1];
        try (PreparedStatement s = c.prepareStatement("INSERT INTO budget_envelope (version, budget_id, district_id, amount, "
                + "changed_at) VALUES (1, ?, ?, ?, ?) RETURNING id")) {
            for (int e = 0; e <= districtCount; e++) {
                amounts[e] = e == 0 ? TOWN_AMOUNT : DISTRICT_AMOUNT;
                s.setLong(1, budget);
                if (e == 0) {
                    s.setNull(2, java.sql.Types.BIGINT);
                } else {
                    s.setLong(2, districts[e - 1]);
                }
                s.setLong(3, amounts[e]);
                s.setTimestamp(4, Timestamp.from(now));
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    envelopes[e] = r.getLong(1);
                }
            }
        }

        // Ideas and their projects: a fifth for the whole town, the rest shared by the districts. Costs: 100,000 to
        // 3,000,000 EUR town-wide (30 M), 10,000 to 400,000 EUR in a district (2 M): a basket of a few fits.
        long firstIdea = max(c, "proposal") + 1;
        long firstProject = max(c, "budget_project") + 1;
        int townProjects = projects / 5;
        int[] envelopeOf = new int[projects];
        long[] cost = new long[projects];
        List<List<Integer>> byEnvelope = new ArrayList<>();
        for (int e = 0; e <= districtCount; e++) {
            byEnvelope.add(new ArrayList<>());
        }
        StringBuilder ideas = new StringBuilder(), history = new StringBuilder(), rows = new StringBuilder();
        Timestamp published = Timestamp.from(now.minus(Duration.ofDays(120)));
        Timestamp reviewed = Timestamp.from(now.minus(Duration.ofDays(30)));
        for (int p = 0; p < projects; p++) {
            int e = p < townProjects ? 0 : 1 + (p - townProjects) % districtCount;
            envelopeOf[p] = e;
            byEnvelope.get(e).add(p);
            cost[p] = e == 0 ? 100_000 + random.nextInt(2_901) * 1_000L : 10_000 + random.nextInt(391) * 1_000L;
            long idea = firstIdea + p, author = accounts[random.nextInt(accounts.length)];
            String title = (e == 0 ? "Projet pour toute la ville n° " : "Projet de quartier n° ") + (p + 1);
            tsv(ideas, idea, 1, author, title, "Résumé du projet " + (p + 1) + ", en une ou deux phrases.",
                    "Ce que le projet propose, où et pour qui.\n\nCe qu'il coûterait, selon les services.",
                    themes[p % themes.length], e == 0 ? null : districts[e - 1], "PUBLISHED",
                    "projet-" + (p + 1), published, published, published, published, published, envelopes[e], cost[p]);
            tsv(history, idea, null, "DRAFT", author, published);
            tsv(history, idea, "DRAFT", "PUBLISHED", author, published);
            tsv(rows, firstProject + p, 1, budget, envelopes[e], idea, "FEASIBLE", title, cost[p], official, reviewed, reviewed);
        }
        copy(c, "proposal (id, version, author_id, title, summary, body, theme_id, district_id, status, slug, created_at, "
                + "updated_at, published_at, closes_at, changed_at, envelope_id, estimated_cost)", ideas);
        copy(c, "proposal_status_change (proposal_id, from_status, to_status, changed_by, changed_at)", history);
        copy(c, "budget_project (id, version, budget_id, envelope_id, idea_id, verdict, title, cost, reviewed_by, "
                + "reviewed_at, changed_at)", rows);
        report("ideas and projects", projects, start);

        // Residents declared, each with a district; about half have confirmed a ballot in each of their envelopes.
        long t = System.nanoTime();
        long firstVoter = max(c, "budget_voter") + 1, ballot = max(c, "budget_ballot") + 1;
        StringBuilder voters = new StringBuilder(), ballots = new StringBuilder(), choices = new StringBuilder(),
                basket = new StringBuilder();
        byte[] token = new byte[16];
        long ballotCount = 0, choiceCount = 0;
        for (int i = 0; i < residents; i++) {
            long voter = firstVoter + i;
            int district = random.nextInt(districtCount);
            Timestamp declared = Timestamp.from(now.minus(Duration.ofMinutes(1 + random.nextInt(6 * 24 * 60))));
            tsv(voters, voter, 1, budget, accounts[i], districts[district], declared);
            for (int e : new int[]{0, 1 + district}) {
                if (random.nextBoolean()) {
                    continue;
                }
                random.nextBytes(token);
                tsv(ballots, ballot, 1, envelopes[e], voter, false, HexFormat.of().formatHex(token), declared, declared);
                for (int p : pick(random, byEnvelope.get(e), cost, amounts[e])) {
                    tsv(choices, ballot, firstProject + p);
                    tsv(basket, voter, envelopes[e], firstProject + p, declared);
                    choiceCount++;
                }
                ballot++;
                ballotCount++;
            }
            if (i % 50_000 == 49_999 || i == residents - 1) {
                copy(c, "budget_voter (id, version, budget_id, account_id, district_id, declared_at)", voters);
                copy(c, "budget_ballot (id, version, envelope_id, voter_id, paper, token, confirmed_at, changed_at)", ballots);
                copy(c, "budget_ballot_choice (ballot_id, project_id)", choices);
                copy(c, "budget_basket_item (voter_id, envelope_id, project_id, added_at)", basket);
                c.commit();
            }
        }
        report("residents declared", residents, t);
        report("ballots confirmed", ballotCount, t);
        report("ballot choices (and basket items)", choiceCount, t);
        for (String table : new String[]{"proposal", "budget_project", "budget_voter", "budget_ballot"}) {
            try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + max(c, table) + ")").close();
            }
        }
        // Last: the budget's projects published, the mark of a complete generation (bench/budget-vote.sh checks it).
        try (PreparedStatement s = c.prepareStatement("UPDATE budget SET projects_published_at = ? WHERE id = ?")) {
            s.setTimestamp(1, reviewed);
            s.setLong(2, budget);
            s.executeUpdate();
        }
        c.commit();
        System.out.printf("budget %d: %d envelopes, generated in %.1f s%n", budget, districtCount + 1,
                (System.nanoTime() - start) / 1e9);
    }

    /** Today (town time) in the budget's vote: voted for a week, three weeks to go. */
    static void dates(Connection c) throws Exception {
        setDates(c, ids(c, "SELECT id FROM budget WHERE slug = '" + SLUG + "'")[0]);
    }

    static void setDates(Connection c, long budget) throws Exception {
        LocalDate today = LocalDate.now(TOWN);
        try (PreparedStatement s = c.prepareStatement("UPDATE budget SET information_on = ?, submission_on = ?, review_on = ?, "
                + "voting_on = ?, results_on = ?, follow_up_on = ? WHERE id = ?")) {
            int i = 1;
            for (int days : new int[]{-200, -150, -60, -7, 21, 60}) {
                s.setDate(i++, Date.valueOf(today.plusDays(days)));
            }
            s.setLong(7, budget);
            s.executeUpdate();
        }
    }

    /** The confirm load's requests: "account envelope p1,p2,..." a line. */
    static void requests(Connection c, Path out, int count, long seed) throws Exception {
        long budget = ids(c, "SELECT id FROM budget WHERE slug = '" + SLUG + "'")[0];
        Map<Long, Integer> envelopeIndex = new HashMap<>();
        List<Long> envelopes = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, district_id, amount FROM budget_envelope "
                + "WHERE budget_id = " + budget + " ORDER BY district_id NULLS FIRST, id")) {
            while (r.next()) {
                long district = r.getLong(2);
                envelopeIndex.put(r.wasNull() ? 0L : district, envelopes.size());
                envelopes.add(r.getLong(1));
                amounts.add(r.getLong(3));
            }
        }
        List<List<Integer>> projectsOf = new ArrayList<>();
        envelopes.forEach(e -> projectsOf.add(new ArrayList<>()));
        List<Long> projectIds = new ArrayList<>();
        List<Long> costs = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, envelope_id, cost FROM budget_project "
                + "WHERE budget_id = " + budget + " AND verdict = 'FEASIBLE' ORDER BY id")) {
            while (r.next()) {
                projectsOf.get(envelopes.indexOf(r.getLong(2))).add(projectIds.size());
                projectIds.add(r.getLong(1));
                costs.add(r.getLong(3));
            }
        }
        long[] cost = costs.stream().mapToLong(Long::longValue).toArray();
        List<long[]> voters = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT account_id, district_id FROM budget_voter "
                + "WHERE budget_id = " + budget + " ORDER BY id")) {
            while (r.next()) {
                voters.add(new long[]{r.getLong(1), r.getLong(2)});
            }
        }
        Random random = new Random(seed);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                long[] voter = voters.get(random.nextInt(voters.size()));
                int e = random.nextBoolean() ? 0 : envelopeIndex.get(voter[1]);
                StringBuilder line = new StringBuilder().append(voter[0]).append(' ').append(envelopes.get(e)).append(' ');
                List<Integer> chosen = pick(random, projectsOf.get(e), cost, amounts.get(e));
                for (int k = 0; k < chosen.size(); k++) {
                    line.append(k == 0 ? "" : ",").append(projectIds.get(chosen.get(k)));
                }
                w.write(line.append('\n').toString());
            }
        }
        System.out.printf("%d requests over %d residents and %d envelopes of budget %d%n", count, voters.size(),
                envelopes.size(), budget);
    }

    /** A basket: 1 to 5 distinct projects of an envelope (indexes), each kept if it still fits the amount. */
    static List<Integer> pick(Random random, List<Integer> projects, long[] cost, long amount) {
        int wanted = 1 + random.nextInt(5);
        List<Integer> chosen = new ArrayList<>();
        long spent = 0;
        for (int tries = 0; chosen.size() < wanted && tries < 20; tries++) {
            int p = projects.get(random.nextInt(projects.size()));
            if (!chosen.contains(p) && spent + cost[p] <= amount) {
                chosen.add(p);
                spent += cost[p];
            }
        }
        return chosen;
    }

    /** Appends a line of COPY's text format (tab-separated, \N for null; no value here holds a tab or a backslash). */
    static void tsv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            out.append(i == 0 ? "" : "\t").append(v == null ? "\\N" : v.toString().replace("\n", "\\n"));
        }
        out.append('\n');
    }

    static void copy(Connection c, String table, StringBuilder rows) throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
        rows.setLength(0);
    }

    static long[] ids(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    static long max(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void report(String what, long rows, long since) {
        double seconds = (System.nanoTime() - since) / 1e9;
        System.out.printf("%-36s %,12d rows %8.1f s%n", what, rows, seconds);
    }
}
