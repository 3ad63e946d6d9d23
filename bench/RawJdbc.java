import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ceiling of each city-scale load: the same SQL the portal sends for one request (taken from PostgreSQL's log of
 * the portal's statements, same transactions), run by plain JDBC threads, one connection each, as fast as they can,
 * at the same concurrency and for the same time as the HTTP load, after a warm-up of at least 30 s (not counted) and a
 * vacuum of the written tables, as the portal's run. No HTTP, no Faces, no JPA: what is left of the portal's time is
 * the database's.
 *
 *   java -cp postgresql.jar bench/RawJdbc.java <jdbc-url> <threads> <seconds> list
 *   ... list-theme <code> | list-district <code> | proposal <visible.txt: id,slug> | vote <open.txt> <voters.txt>
 *   ... ballot <budget id> <requests.txt: "account envelope p1,p2,..." a line (bench/GenerateBudget.java)>
 *   ... 1 0 export-comments <out.csv> | export-proposals <out.csv>
 *
 * Load modes print "requests/s p50-ms p99-ms - errors"; export modes print "rows seconds rows/s".
 */
public class RawJdbc {

    static final String ROW = "SELECT t0.ID AS a1, t0.slug AS a2, t0.title AS a3, t1.code AS a4, t1.name_fr AS a5, "
            + "t1.name_en AS a6, t2.name AS a7, t0.status AS a8, t0.votes_for AS a9, t0.comment_count AS a10, "
            + "t0.published_at AS a11, t0.photo_id AS a12, t0.summary AS a13, t0.author_id AS a14 FROM proposal t0 LEFT OUTER JOIN district t2 ON "
            + "(t2.ID = t0.district_id), theme t1 WHERE ((t0.status <> ?) AND (t0.hidden_at IS NULL)) AND (t1.ID = t0.theme_id)";
    static final String ORDER = " ORDER BY t0.published_at DESC, t0.ID DESC LIMIT ? OFFSET ?";
    static final String PROPOSAL = "SELECT ID, answered_at, author_id, body, changed_at, closes_at, comment_count, "
            + "created_at, hidden_at, hidden_cause, hidden_reason, photo_id, published_at, slug, status, summary, title, "
            + "under_review_at, updated_at, version, votes_against, votes_for, district_id, theme_id FROM proposal WHERE (ID = ?)";
    static final String ACCOUNT = "SELECT ID, blocked_at, blocked_reason, created_at, deleted_at, display_name, email, "
            + "email_key, locale, password_changed_at, password_hash, version FROM account WHERE (ID = ?)";
    static final String ROLES = "SELECT t0.role_name FROM account_role t0 WHERE (t0.account_id = ?)";
    static final String TOKEN = "SELECT t0.ID, t0.last_used_at, t1.ID, t2.role_name FROM account t1 LEFT OUTER JOIN "
            + "account_role t2 ON (t2.account_id = t1.ID), access_token t0 WHERE (((((t0.token_hash = ?) AND (t1.ID = "
            + "t0.account_id)) AND (t0.revoked_at IS NULL)) AND (t1.deleted_at IS NULL)) AND (t1.blocked_at IS NULL))";

    interface Request {
        void run(Connection c) throws SQLException;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String mode = args[3];
        if (mode.startsWith("export-")) {
            export(url, mode.substring("export-".length()), Path.of(args[4]));
            return;
        }
        Request request = switch (mode) {
            case "list" -> c -> list(c, "", null);
            case "list-theme" -> c -> list(c, " AND (t1.code = ?)", args[4]);
            case "list-district" -> c -> list(c, " AND (t2.code = ?)", args[4]);
            case "proposal" -> proposal(ids(Path.of(args[4])));
            case "vote" -> vote(ids(Path.of(args[4])), ids(Path.of(args[5])));
            case "ballot" -> ballot(Long.parseLong(args[4]), Files.readAllLines(Path.of(args[5])).stream()
                    .filter(l -> !l.isBlank()).toArray(String[]::new));
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        load(url, threads, seconds, request, mode.equals("ballot") ? BALLOT_TABLES : VOTE_TABLES);
    }

    /** The tables each load writes, vacuumed before the measure as bench/city.sh and bench/budget-vote.sh do. */
    static final String VOTE_TABLES = "proposal, vote, vote_day, rate_event, access_token";
    static final String BALLOT_TABLES = "budget_voter, budget_basket_item, budget_ballot, budget_ballot_choice, access_token";

    static void load(String url, int threads, int seconds, Request request, String vacuumed) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        // Warmed up like the portal (JIT, the driver's prepared statements), not counted: at least 30 s; then the
        // tables the votes write are vacuumed, as before the portal's measured run, and the measure starts.
        long warmEnd = System.nanoTime() + Math.max(30, seconds) * 1_000_000_000L;
        long[] end = new long[1];
        CyclicBarrier measure = new CyclicBarrier(threads, () -> {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("VACUUM (ANALYZE) " + vacuumed);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            end[0] = System.nanoTime() + seconds * 1_000_000_000L;
        });
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try (Connection c = DriverManager.getConnection(url)) {
                    c.setAutoCommit(false);
                    run(c, request, warmEnd, null, errors);
                    measure.await();
                    run(c, request, end[0], mine, errors);
                } catch (SQLException | InterruptedException | BrokenBarrierException e) {
                    throw new IllegalStateException(e);
                }
                latencies.addAll(mine);
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%.0f %.1f %.1f - %s%n", sorted.size() / (double) seconds, pct(sorted, 0.50), pct(sorted, 0.99),
                errors.get() == 0 ? "none" : "sql-errors=" + errors.get());
    }

    /** Runs requests one after the other until {@code until}, adding each one's time to {@code times} if given. */
    static void run(Connection c, Request request, long until, List<Long> times, AtomicInteger errors) throws SQLException {
        while (System.nanoTime() < until) {
            long start = System.nanoTime();
            try {
                request.run(c);
                c.commit();
                if (times != null) {
                    times.add(System.nanoTime() - start);
                }
            } catch (SQLException e) {
                c.rollback();
                errors.incrementAndGet();
            }
        }
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }

    /**
     * The list page: themes, districts, the count and the page of rows with their authors (officials, names), each its
     * own transaction as in the portal (read from PostgreSQL's log).
     */
    static void list(Connection c, String filter, String code) throws SQLException {
        drain(c, "SELECT ID, code, name_en, name_fr, position, retired_at, version FROM theme WHERE (retired_at IS NULL) "
                + "ORDER BY position, code");
        c.commit();
        drain(c, "SELECT ID, code, name, position, retired_at, version FROM district WHERE (retired_at IS NULL) "
                + "ORDER BY position, code");
        c.commit();
        if (code == null) {
            drain(c, "SELECT COUNT(ID) FROM proposal WHERE ((status <> ?) AND (hidden_at IS NULL))", "DRAFT");
        } else {
            String table = filter.contains("t1.") ? "theme" : "district";
            drain(c, "SELECT COUNT(t0.ID) FROM proposal t0, " + table + " t1 WHERE ((((t0.status <> ?) AND (t0.hidden_at IS NULL)) "
                    + "AND (t1.code = ?)) AND (t1.ID = t0." + table + "_id))", "DRAFT", code);
        }
        c.commit();
        Set<Long> authors = new LinkedHashSet<>();
        try (PreparedStatement s = c.prepareStatement(ROW + filter + ORDER)) {
            bind(s, code == null ? new Object[]{"DRAFT", 20, 0} : new Object[]{"DRAFT", code, 20, 0});
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (int i = 1; i <= 13; i++) {
                        r.getObject(i);
                    }
                    authors.add(r.getLong(14));
                }
            }
        }
        if (!authors.isEmpty()) {
            Object[] withRole = new Object[authors.size() + 1];
            System.arraycopy(authors.toArray(), 0, withRole, 0, authors.size());
            withRole[authors.size()] = "OFFICIAL";
            drain(c, OFFICIALS + marks(authors.size()) + ")) AND (t1.role_name = ?)) AND (t1.account_id = t0.ID))", withRole);
            drain(c, "SELECT ID, display_name FROM account WHERE (ID IN (" + marks(authors.size()) + "))", authors.toArray());
        }
        c.commit();
    }

    /** A proposal's page: the statements the portal sends for it, in its transactions (read from PostgreSQL's log). */
    static Request proposal(long[] ids) {
        return c -> {
            long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            long author = 0;
            try (PreparedStatement s = c.prepareStatement(PAGE_PROPOSAL)) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        author = r.getLong(3);
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            r.getObject(i);
                        }
                    }
                }
            }
            drain(c, OFFICIALS + "?)) AND (t1.role_name = ?)) AND (t1.account_id = t0.ID))", author, "OFFICIAL");
            drain(c, "SELECT ID, display_name FROM account WHERE (ID IN (?))", author);
            drain(c, "SELECT ID, changed_at, changed_by, from_status, to_status, proposal_id FROM proposal_status_change "
                    + "WHERE (proposal_id = ?) ORDER BY changed_at, ID", id);
            c.commit();
            drain(c, "SELECT ID, setting_key, updated_at, updated_by, value, version FROM setting WHERE (setting_key = ?)",
                    "sharing.targets");
            c.commit();
            drain(c, "SELECT ID, body, cost_estimate, created_at, decision, official_id, planned_on, proposal_id, "
                    + "status_change_id, version FROM answer WHERE (proposal_id = ?) ORDER BY created_at DESC, ID DESC", id);
            c.commit();
            List<Long> roots = new ArrayList<>();
            Set<Long> authors = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ID AS a1, account_id AS a2, body AS a3, changed_at AS a4, "
                    + "created_at AS a5, deleted_at AS a6, depth AS a7, edited_at AS a8, hidden_at AS a9, hidden_cause AS a10, "
                    + "hidden_reason AS a11, parent_id AS a12, proposal_id AS a13, root_id AS a14, version AS a15 FROM comment "
                    + "WHERE ((proposal_id = ?) AND (depth = ?)) ORDER BY created_at DESC, ID DESC LIMIT ? OFFSET ?")) {
                s.setLong(1, id);
                s.setInt(2, 0);
                s.setInt(3, 20);
                s.setInt(4, 0);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        roots.add(r.getLong(1));
                        authors.add(r.getLong(2));
                        r.getString(3);
                    }
                }
            }
            if (!roots.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("SELECT ID, account_id, body, changed_at, created_at, deleted_at, "
                        + "depth, edited_at, hidden_at, hidden_cause, hidden_reason, parent_id, proposal_id, root_id, version "
                        + "FROM comment WHERE (root_id IN (" + marks(roots.size()) + ")) ORDER BY created_at, ID")) {
                    bind(s, roots.toArray());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            authors.add(r.getLong(2));
                            r.getString(3);
                        }
                    }
                }
                Object[] withRole = new Object[authors.size() + 1];
                System.arraycopy(authors.toArray(), 0, withRole, 0, authors.size());
                withRole[authors.size()] = "OFFICIAL";
                drain(c, OFFICIALS + marks(authors.size()) + ")) AND (t1.role_name = ?)) AND (t1.account_id = t0.ID))", withRole);
                drain(c, "SELECT ID, display_name FROM account WHERE (ID IN (" + marks(authors.size()) + "))", authors.toArray());
            }
            c.commit();
            drain(c, "SELECT COUNT(ID) FROM comment WHERE ((proposal_id = ?) AND (depth = ?))", id, 0);
            c.commit();
        };
    }

    static final String PAGE_PROPOSAL = "SELECT t1.ID, t1.answered_at, t1.author_id, t1.body, t1.changed_at, t1.closes_at, "
            + "t1.comment_count, t1.created_at, t1.hidden_at, t1.hidden_cause, t1.hidden_reason, t1.photo_id, t1.published_at, "
            + "t1.slug, t1.status, t1.summary, t1.title, t1.under_review_at, t1.updated_at, t1.version, t1.votes_against, "
            + "t1.votes_for, t1.district_id, t1.theme_id, t0.ID, t0.code, t0.name_en, t0.name_fr, t0.position, t0.retired_at, "
            + "t0.version, t2.ID, t2.code, t2.name, t2.position, t2.retired_at, t2.version FROM proposal t1 LEFT OUTER JOIN "
            + "district t2 ON (t2.ID = t1.district_id), theme t0 WHERE ((t1.ID = ?) AND (t0.ID = t1.theme_id))";
    static final String OFFICIALS = "SELECT t0.ID FROM account t0, account_role t1 WHERE (((t0.ID IN (";

    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /**
     * A vote sent with a personal access token: the same reads, locks and writes as the portal's. The token is read
     * outside any transaction (the portal does so), the vote in one transaction; like the portal, a vote that changes
     * nothing writes nothing, and each identity insert is followed by {@code select lastval()} (EclipseLink's).
     */
    static Request vote(long[] proposals, long[] voters) {
        return c -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            long proposal = proposals[random.nextInt(proposals.length)];
            long voter = voters[random.nextInt(voters.length)];
            String choice = random.nextInt(4) == 0 ? "AGAINST" : "FOR";
            Timestamp now = Timestamp.from(Instant.now());
            c.setAutoCommit(true);
            drain(c, TOKEN, sha256("cvt_bench_" + voter));
            c.setAutoCommit(false);
            long votesFor, votesAgainst, version;
            try (PreparedStatement s = c.prepareStatement("SELECT ID, changed_at, closes_at, hidden_at, status, version, "
                    + "votes_against, votes_for FROM proposal WHERE (ID = ?) FOR UPDATE")) {
                s.setLong(1, proposal);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    votesFor = r.getLong("votes_for");
                    votesAgainst = r.getLong("votes_against");
                    version = r.getLong("version");
                }
            }
            String previous = null;
            long voteId = 0, voteVersion = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT ID, account_id, cast_at, choice, proposal_id, updated_at, "
                    + "version FROM vote WHERE ((proposal_id = ?) AND (account_id = ?))")) {
                s.setLong(1, proposal);
                s.setLong(2, voter);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        previous = r.getString("choice");
                        voteId = r.getLong("ID");
                        voteVersion = r.getLong("version");
                    }
                }
            }
            if (choice.equals(previous)) {
                return;
            }
            drain(c, "SELECT happened_at AS a1 FROM rate_event WHERE (((limit_name = ?) AND (subject = ?)) AND (happened_at > ?)) "
                    + "ORDER BY happened_at", "vote", Long.toString(voter), new Timestamp(now.getTime() - 60_000));
            update(c, "INSERT INTO rate_event (happened_at, limit_name, subject) VALUES (?, ?, ?)", now, "vote",
                    Long.toString(voter));
            drain(c, "select lastval()");
            long newFor = votesFor + ("FOR".equals(choice) ? 1 : 0) - ("FOR".equals(previous) ? 1 : 0);
            long newAgainst = votesAgainst + ("AGAINST".equals(choice) ? 1 : 0) - ("AGAINST".equals(previous) ? 1 : 0);
            update(c, "UPDATE proposal SET votes_for = ?, votes_against = ?, vote_writes = (vote_writes + 1), version = ? "
                    + "WHERE ((ID = ?) AND (version = ?))", newFor, newAgainst, version + 1, proposal, version);
            if (previous == null) {
                update(c, "INSERT INTO vote (account_id, cast_at, choice, proposal_id, updated_at, version) VALUES (?, ?, ?, ?, ?, ?)",
                        voter, now, choice, proposal, now, 1);
                drain(c, "select lastval()");
            } else {
                update(c, "UPDATE vote SET choice = ?, updated_at = ?, version = ? WHERE ((ID = ?) AND (version = ?))",
                        choice, now, voteVersion + 1, voteId, voteVersion);
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            int f = "FOR".equals(choice) ? 1 : 0, a = 1 - f;
            int fr = "FOR".equals(previous) ? 1 : 0, ar = "AGAINST".equals(previous) ? 1 : 0;
            if (updateCount(c, "UPDATE vote_day SET withdrawn = (withdrawn + ?), version = (version + ?), "
                    + "votes_for = (votes_for + ?), votes_against = (votes_against + ?), for_removed = (for_removed + ?), "
                    + "against_removed = (against_removed + ?) WHERE ((proposal_id = ?) AND (vote_date = ?))",
                    0, 1, f, a, fr, ar, proposal, today) == 0) {
                update(c, "INSERT INTO vote_day (vote_date, proposal_id, version, votes_against, votes_for, withdrawn, "
                        + "for_removed, against_removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", today, proposal, 1, a, f, 0, fr, ar);
                drain(c, "select lastval()");
            }
        };
    }

    /** The token query of bench/budget-vote.sh's portal (TokenAuthenticator: with the scope and the expiry). */
    static final String SCOPED_TOKEN = "SELECT t0.ID, t0.last_used_at, t1.ID, t2.role_name, t0.scope FROM account t1 "
            + "LEFT OUTER JOIN account_role t2 ON (t2.account_id = t1.ID), access_token t0 WHERE ((((((t0.token_hash = ?) "
            + "AND (t1.ID = t0.account_id)) AND (t0.revoked_at IS NULL)) AND (t0.expires_at > ?)) AND (t1.deleted_at IS NULL)) "
            + "AND (t1.blocked_at IS NULL))";

    /**
     * A participatory budget's ballot confirmed with a personal access token ({@code POST /api/budgets/B/ballot/E}
     * with {"projects":[...]}): the statements the portal sends, in its transactions, read from PostgreSQL's log. The
     * token is read outside any transaction; its use, when not recorded in the last minute, is written in a
     * transaction of its own (AccessTokenService.recordUse); then one transaction: the envelope, the budget, the
     * voter's row locked, the projects' costs, the basket replaced (a delete, one insert of every project), the ballot read,
     * then inserted (with {@code select lastval()}) or updated (its version checked) and its choices deleted, and one
     * insert of the choices. Like the portal, a basket over the envelope's amount is refused (none of the requests is).
     */
    static Request ballot(long budget, String[] requests) {
        return c -> {
            String[] request = requests[ThreadLocalRandom.current().nextInt(requests.length)].split(" ");
            long account = Long.parseLong(request[0]), envelope = Long.parseLong(request[1]);
            List<Long> projects = new ArrayList<>();
            for (String p : request[2].split(",")) {
                projects.add(Long.parseLong(p));
            }
            Instant now = Instant.now();
            c.setAutoCommit(true);
            long tokenId = 0;
            Timestamp lastUsed = null;
            try (PreparedStatement s = c.prepareStatement(SCOPED_TOKEN)) {
                bind(s, sha256("cvt_bench_" + account), Timestamp.from(now));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        tokenId = r.getLong(1);
                        lastUsed = r.getTimestamp(2);
                        r.getLong(3);
                        r.getString(4);
                        r.getString(5);
                    }
                }
            }
            c.setAutoCommit(false);
            if (lastUsed == null || lastUsed.toInstant().isBefore(now.minusSeconds(60))) {
                update(c, "UPDATE access_token SET version = (version + ?), last_used_at = ? WHERE ((ID = ?) AND "
                        + "((last_used_at IS NULL) OR (last_used_at < ?)))", 1, Timestamp.from(now), tokenId,
                        Timestamp.from(now.minusSeconds(60)));
                c.commit();
            }
            long amount;
            try (PreparedStatement s = c.prepareStatement("SELECT ID, amount, ballots, budget_id, changed_at, district_id, "
                    + "version FROM budget_envelope WHERE (ID = ?)")) {
                s.setLong(1, envelope);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    amount = r.getLong(2);
                    for (int i = 3; i <= 7; i++) {
                        r.getObject(i);
                    }
                }
            }
            drain(c, "SELECT ID, ballot_kind, changed_at, counting_rule, created_at, description, follow_up_on, information_on, "
                    + "max_choices, minimum_age, opened_at, projects_published_at, results_at, results_on, review_on, slug, "
                    + "submission_on, title, total_amount, verified_only, version, voting_on FROM budget WHERE (ID = ?)", budget);
            long voter;
            try (PreparedStatement s = c.prepareStatement("SELECT ID, account_id, budget_id, declared_at, district_id, version "
                    + "FROM budget_voter WHERE ((budget_id = ?) AND (account_id = ?)) FOR UPDATE")) {
                s.setLong(1, budget);
                s.setLong(2, account);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    voter = r.getLong(1);
                    for (int i = 2; i <= 6; i++) {
                        r.getObject(i);
                    }
                }
            }
            Object[] costParams = new Object[projects.size() + 2];
            costParams[0] = envelope;
            costParams[1] = "FEASIBLE";
            for (int i = 0; i < projects.size(); i++) {
                costParams[i + 2] = projects.get(i);
            }
            long spent = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT ID, cost FROM budget_project WHERE (((envelope_id = ?) AND "
                    + "(verdict = ?)) AND (ID IN (" + marks(projects.size()) + ")))")) {
                bind(s, costParams);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        r.getLong(1);
                        spent += r.getLong(2);
                    }
                }
            }
            if (spent > amount) {
                throw new SQLException("over the envelope's amount");
            }
            update(c, "DELETE FROM budget_basket_item WHERE voter_id = ? AND envelope_id = ?", voter, envelope);
            Timestamp added = Timestamp.from(Instant.now());
            List<Object> items = new ArrayList<>();
            for (Long project : projects) {
                items.addAll(List.of(voter, envelope, project, added));
            }
            update(c, "INSERT INTO budget_basket_item (voter_id, envelope_id, project_id, added_at) VALUES "
                    + String.join(", ", Collections.nCopies(projects.size(), "(?, ?, ?, ?)")), items.toArray());
            long ballot = 0, version = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT ID, changed_at, confirmed_at, envelope_id, paper, token, "
                    + "version, voter_id FROM budget_ballot WHERE ((envelope_id = ?) AND (voter_id = ?))")) {
                s.setLong(1, envelope);
                s.setLong(2, voter);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        ballot = r.getLong(1);
                        version = r.getLong(7);
                        for (int i = 2; i <= 8; i++) {
                            r.getObject(i);
                        }
                    }
                }
            }
            Timestamp confirmed = Timestamp.from(Instant.now());
            if (ballot == 0) {
                byte[] token = new byte[16];
                ThreadLocalRandom.current().nextBytes(token);
                update(c, "INSERT INTO budget_ballot (changed_at, confirmed_at, envelope_id, paper, token, version, voter_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", confirmed, confirmed, envelope, false, HexFormat.of().formatHex(token),
                        1, voter);
                try (PreparedStatement s = c.prepareStatement("select lastval()"); ResultSet r = s.executeQuery()) {
                    r.next();
                    ballot = r.getLong(1);
                }
            } else {
                if (updateCount(c, "UPDATE budget_ballot SET confirmed_at = ?, changed_at = ?, version = ? WHERE ((ID = ?) "
                        + "AND (version = ?))", confirmed, confirmed, version + 1, ballot, version) != 1) {
                    throw new SQLException("ballot changed meanwhile");
                }
                update(c, "DELETE FROM budget_ballot_choice WHERE ballot_id = ?", ballot);
            }
            List<Object> choices = new ArrayList<>();
            for (Long project : projects) {
                choices.addAll(List.of(ballot, project));
            }
            update(c, "INSERT INTO budget_ballot_choice (ballot_id, project_id) VALUES "
                    + String.join(", ", Collections.nCopies(projects.size(), "(?, ?)")), choices.toArray());
        };
    }

    /** Reads a dataset's full export query (the one the portal runs, taken from its log) and writes it as CSV. */
    static void export(String url, String dataset, Path out) throws Exception {
        String sql = Files.readString(Path.of("bench/sql/export-" + dataset + ".sql")).strip();
        long start = System.nanoTime();
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url);
             Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(500);
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            if (i > 1) {
                                w.write(',');
                            }
                            Object v = r.getObject(i);
                            if (v != null) {
                                csv(w, v.toString());
                            }
                        }
                        w.write("\r\n");
                        rows++;
                    }
                }
            }
            c.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d %.1f %.0f%n", rows, seconds, rows / seconds);
    }

    static void csv(Writer w, String value) throws IOException {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            w.write(value);
            return;
        }
        w.write('"');
        w.write(value.replace("\"", "\"\""));
        w.write('"');
    }

    static void drain(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int i = 1; i <= columns; i++) {
                        r.getObject(i);
                    }
                }
            }
        }
    }

    static void update(Connection c, String sql, Object... params) throws SQLException {
        updateCount(c, sql, params);
    }

    static int updateCount(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    static long[] ids(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank())
                .mapToLong(l -> Long.parseLong(l.split(",")[0].strip())).toArray();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
