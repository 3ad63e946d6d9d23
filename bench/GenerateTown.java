import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Fills a Civitas database (schema already migrated, server stopped for embedded Derby) with a town at Decide
 * Madrid's scale, through JDBC batches: accounts, proposals with their history, votes (unique per account and
 * proposal), daily vote lines derived from the votes, and comments. Deterministic (fixed seed).
 *
 *   java -cp "<derby jars or postgresql.jar>" bench/GenerateTown.java <jdbc-url> [accounts] [proposals] [votes] [comments]
 *
 * Shared by the benchmarks: open data (bench/opendata-export.sh) and, later, the production profile.
 */
public class GenerateTown {

    static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        int proposals = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
        int votes = args.length > 3 ? Integer.parseInt(args[3]) : 2_000_000;
        int comments = args.length > 4 ? Integer.parseInt(args[4]) : 250_000;
        Random random = new Random(20261122);
        Instant now = Instant.now();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long[] themes = ids(c, "SELECT id FROM theme ORDER BY id");
            long[] districts = ids(c, "SELECT id FROM district ORDER BY id");
            if (themes.length == 0) {
                throw new IllegalStateException("No theme: start the portal once with CIVITAS_DEMO_DATA=true first");
            }
            long firstAccount = max(c, "account") + 1;
            long firstProposal = max(c, "proposal") + 1;

            String hash = "PBKDF2WithHmacSHA256:1024:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
            try (PreparedStatement account = c.prepareStatement("INSERT INTO account (id, version, email, email_key, "
                    + "display_name, password_hash, locale, created_at) VALUES (?, 1, ?, ?, ?, ?, 'fr', ?)");
                 PreparedStatement role = c.prepareStatement("INSERT INTO account_role (account_id, role_name) VALUES (?, 'CITIZEN')")) {
                for (int i = 0; i < accounts; i++) {
                    long id = firstAccount + i;
                    String email = "bench" + id + "@bench.civitas.test";
                    account.setLong(1, id);
                    account.setString(2, email);
                    account.setString(3, email);
                    account.setString(4, "Habitant " + id);
                    account.setString(5, hash);
                    account.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(730 - i % 700))));
                    account.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        account.executeBatch();
                        role.executeBatch();
                        c.commit();
                    }
                }
                account.executeBatch();
                role.executeBatch();
                c.commit();
            }
            report("accounts", accounts, start);

            // Votes per proposal: a long tail (a few proposals get many votes), summing to `votes`.
            int[] perProposal = new int[proposals];
            double[] weight = new double[proposals];
            double total = 0;
            for (int p = 0; p < proposals; p++) {
                weight[p] = 1.0 / Math.pow(p + 1, 0.8);
                total += weight[p];
            }
            int assigned = 0;
            for (int p = 0; p < proposals; p++) {
                perProposal[p] = (int) Math.min(accounts, Math.floor(votes * weight[p] / total));
                assigned += perProposal[p];
            }
            for (int p = 0; assigned < votes; p = (p + 1) % proposals) {
                if (perProposal[p] < accounts) {
                    perProposal[p]++;
                    assigned++;
                }
            }
            String[] states = {"PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "UNDER_REVIEW", "ACCEPTED", "REJECTED",
                    "IN_PROGRESS", "IMPLEMENTED", "WITHDRAWN"};
            long t = System.nanoTime();
            Instant[] published = new Instant[proposals];
            try (PreparedStatement proposal = c.prepareStatement("INSERT INTO proposal (id, version, author_id, title, "
                    + "summary, body, theme_id, district_id, status, slug, created_at, updated_at, published_at, closes_at, "
                    + "votes_for, votes_against, comment_count, changed_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
                 PreparedStatement history = c.prepareStatement("INSERT INTO proposal_status_change (proposal_id, "
                         + "from_status, to_status, changed_by, changed_at) VALUES (?, ?, ?, ?, ?)")) {
                for (int p = 0; p < proposals; p++) {
                    long id = firstProposal + p;
                    long author = firstAccount + random.nextInt(accounts);
                    Instant at = now.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
                    published[p] = at;
                    String state = states[p % states.length];
                    int votesFor = (int) Math.round(perProposal[p] * 0.8);
                    proposal.setLong(1, id);
                    proposal.setLong(2, author);
                    proposal.setString(3, "Proposition numéro " + id + " pour la commune");
                    proposal.setString(4, "Résumé de la proposition " + id + ", en une ou deux phrases.");
                    proposal.setString(5, "Premier paragraphe de la proposition " + id + ".\n\nSecond paragraphe, avec un lien https://example.org/" + id);
                    proposal.setLong(6, themes[p % themes.length]);
                    if (districts.length == 0 || p % 5 == 0) {
                        proposal.setNull(7, java.sql.Types.BIGINT);
                    } else {
                        proposal.setLong(7, districts[p % districts.length]);
                    }
                    proposal.setString(8, state);
                    proposal.setString(9, "proposition-numero-" + id + "-pour-la-commune");
                    proposal.setTimestamp(10, Timestamp.from(at.minus(Duration.ofHours(1))));
                    proposal.setTimestamp(11, Timestamp.from(at));
                    proposal.setTimestamp(12, Timestamp.from(at));
                    proposal.setTimestamp(13, Timestamp.from(at.plus(Duration.ofDays(90))));
                    proposal.setInt(14, votesFor);
                    proposal.setInt(15, perProposal[p] - votesFor);
                    proposal.setTimestamp(16, Timestamp.from(at));
                    proposal.addBatch();
                    addHistory(history, id, null, "DRAFT", author, at.minus(Duration.ofHours(1)));
                    addHistory(history, id, "DRAFT", "PUBLISHED", author, at);
                    if (!state.equals("PUBLISHED")) {
                        addHistory(history, id, "PUBLISHED", state, null, at.plus(Duration.ofDays(10)));
                    }
                    if (p % BATCH == BATCH - 1) {
                        proposal.executeBatch();
                        history.executeBatch();
                        c.commit();
                    }
                }
                proposal.executeBatch();
                history.executeBatch();
                c.commit();
            }
            report("proposals (with their history)", proposals, t);

            t = System.nanoTime();
            try (PreparedStatement vote = c.prepareStatement("INSERT INTO vote (version, proposal_id, account_id, choice, "
                    + "cast_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (int p = 0; p < proposals; p++) {
                    int votesFor = (int) Math.round(perProposal[p] * 0.8);
                    int offset = (int) ((long) p * 7919 % accounts);
                    for (int v = 0; v < perProposal[p]; v++) {
                        Instant at = published[p].plus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
                        if (at.isAfter(now)) {
                            at = now.minus(Duration.ofMinutes(random.nextInt(60 * 24)));
                        }
                        vote.setLong(1, firstProposal + p);
                        vote.setLong(2, firstAccount + (offset + v) % accounts);
                        vote.setString(3, v < votesFor ? "FOR" : "AGAINST");
                        vote.setTimestamp(4, Timestamp.from(at));
                        vote.setTimestamp(5, Timestamp.from(at));
                        vote.addBatch();
                        if (++pending == BATCH) {
                            vote.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                }
                vote.executeBatch();
                c.commit();
            }
            report("votes", votes, t);

            t = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // Lines of the days over are published (the day after, at 00:05), today's not yet; the published
                // tallies are those of the published days, as the portal's job leaves them.
                int lines = s.executeUpdate("INSERT INTO vote_day (version, proposal_id, vote_date, votes_for, votes_against, "
                        + "withdrawn, changed_at) SELECT 1, proposal_id, CAST(updated_at AS DATE), "
                        + "SUM(CASE WHEN choice = 'FOR' THEN 1 ELSE 0 END), SUM(CASE WHEN choice = 'AGAINST' THEN 1 ELSE 0 END), "
                        + "0, CASE WHEN CAST(updated_at AS DATE) < CURRENT_DATE "
                        + "THEN CAST(CAST(updated_at AS DATE) + 1 AS TIMESTAMP) + INTERVAL '5 minutes' END "
                        + "FROM vote WHERE proposal_id >= " + firstProposal + " GROUP BY proposal_id, CAST(updated_at AS DATE)");
                s.executeUpdate("UPDATE proposal p SET public_votes_for = d.f, public_votes_against = d.a FROM "
                        + "(SELECT proposal_id, SUM(votes_for - for_removed) AS f, SUM(votes_against - against_removed) AS a "
                        + "FROM vote_day WHERE changed_at IS NOT NULL AND proposal_id >= " + firstProposal
                        + " GROUP BY proposal_id) d WHERE d.proposal_id = p.id");
                c.commit();
                report("daily vote lines", lines, t);
            }

            t = System.nanoTime();
            int[] commentCount = new int[proposals];
            try (PreparedStatement comment = c.prepareStatement("INSERT INTO comment (version, proposal_id, depth, "
                    + "account_id, body, created_at, changed_at) VALUES (1, ?, 0, ?, ?, ?, ?)")) {
                for (int i = 0; i < comments; i++) {
                    int p = (int) Math.min(proposals - 1, Math.floor(Math.pow(random.nextDouble(), 3) * proposals));
                    commentCount[p]++;
                    Instant at = published[p].plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
                    comment.setLong(1, firstProposal + p);
                    comment.setLong(2, firstAccount + random.nextInt(accounts));
                    comment.setString(3, "Commentaire " + i + " : je soutiens cette idée, mais il faudrait préciser le budget.");
                    comment.setTimestamp(4, Timestamp.from(at));
                    comment.setTimestamp(5, Timestamp.from(at));
                    comment.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        comment.executeBatch();
                        c.commit();
                    }
                }
                comment.executeBatch();
                c.commit();
            }
            try (PreparedStatement count = c.prepareStatement("UPDATE proposal SET comment_count = ? WHERE id = ?")) {
                for (int p = 0; p < proposals; p++) {
                    if (commentCount[p] > 0) {
                        count.setInt(1, commentCount[p]);
                        count.setLong(2, firstProposal + p);
                        count.addBatch();
                    }
                }
                count.executeBatch();
                c.commit();
            }
            report("comments", comments, t);
            restartIdentities(c);
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Explicit ids do not move identity counters: move them past the rows, so that the portal can insert again. */
    static void restartIdentities(Connection c) throws Exception {
        boolean derby = c.getMetaData().getDatabaseProductName().toLowerCase().contains("derby");
        for (String table : new String[]{"account", "proposal"}) {
            long next = max(c, table) + 1;
            try (Statement s = c.createStatement()) {
                if (derby) {
                    s.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
                } else {
                    s.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + (next - 1) + ")").close();
                }
            }
            c.commit();
        }
    }

    static void addHistory(PreparedStatement history, long proposal, String from, String to, Long by, Instant at)
            throws Exception {
        history.setLong(1, proposal);
        history.setString(2, from);
        history.setString(3, to);
        if (by == null) {
            history.setNull(4, java.sql.Types.BIGINT);
        } else {
            history.setLong(4, by);
        }
        history.setTimestamp(5, Timestamp.from(at));
        history.addBatch();
    }

    static long[] ids(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            java.util.List<Long> ids = new java.util.ArrayList<>();
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
        System.out.printf("%-32s %,12d rows %8.1f s %,10.0f rows/s%n", what, rows, seconds, rows / seconds);
    }
}
