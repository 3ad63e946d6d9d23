package org.civitas.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civitas.accounts.Role;
import org.civitas.platform.Town;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalStatus;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes the officials' dashboard for a period, in the database: a fixed number of grouped queries whatever the
 * size of the town. A read model: it reads the tables of proposals, votes (daily lines and votes), comments and
 * sharing directly, in SQL, because it aggregates across those features, and writes nothing; it never shows a single
 * person's vote.
 */
@Stateless
public class DashboardService {

    /** Everyone who took part in the period, with the group of the proposal they took part in. */
    private static final String PARTICIPATION = "SELECT p.%1$s AS g, p.author_id AS a FROM proposal p "
            + "WHERE p.status <> 'DRAFT' AND p.published_at >= ? AND p.published_at < ? "
            + "UNION SELECT p.%1$s, v.account_id FROM vote v JOIN proposal p ON p.id = v.proposal_id "
            + "WHERE v.updated_at >= ? AND v.updated_at < ? "
            + "UNION SELECT p.%1$s, c.account_id FROM comment c JOIN proposal p ON p.id = c.proposal_id "
            + "WHERE c.created_at >= ? AND c.created_at < ?";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalReader proposals;

    @Inject
    private Town town;

    @Inject
    private ShareService shares;

    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public Dashboard compute(LocalDate from, LocalDate to) {
        ZoneId zone = town.getZone();
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());

        Map<ProposalStatus, Long> byState = new EnumMap<>(ProposalStatus.class);
        for (Object[] r : rows("SELECT status, COUNT(*) FROM proposal WHERE status <> 'DRAFT' AND hidden_at IS NULL "
                + "AND published_at >= ? AND published_at < ? GROUP BY status", start, end)) {
            byState.put(ProposalStatus.valueOf((String) r[0]), number(r[1]));
        }
        long proposalCount = byState.values().stream().mapToLong(Long::longValue).sum();
        long votes = number(single("SELECT COALESCE(SUM(votes_for + votes_against), 0) FROM vote_day "
                + "WHERE vote_date >= ? AND vote_date <= ?", Date.valueOf(from), Date.valueOf(to)));
        long comments = number(single("SELECT COUNT(*) FROM comment WHERE created_at >= ? AND created_at < ? "
                + "AND deleted_at IS NULL AND hidden_at IS NULL", start, end));
        long participants = number(single("SELECT COUNT(DISTINCT u.a) FROM (" + PARTICIPATION.formatted("theme_id")
                + ") AS u (g, a)", start, end, start, end, start, end));

        List<Dashboard.Group> byTheme = groups("theme_id", "SELECT t.id, t.code, t.name_fr, t.name_en FROM theme t "
                + "ORDER BY t.position", from, to, start, end);
        List<Dashboard.Group> byDistrict = groups("district_id", "SELECT d.id, d.code, d.name, d.name FROM district d "
                + "ORDER BY d.position", from, to, start, end);

        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to) && days.size() < 400; d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        for (Object[] r : rows("SELECT published_at FROM proposal WHERE status <> 'DRAFT' AND hidden_at IS NULL "
                + "AND published_at >= ? AND published_at < ?", start, end)) {
            long[] day = days.get(((Timestamp) r[0]).toInstant().atZone(zone).toLocalDate());
            if (day != null) {
                day[0]++;
            }
        }
        for (Object[] r : rows("SELECT vote_date, SUM(votes_for + votes_against) FROM vote_day WHERE vote_date >= ? "
                + "AND vote_date <= ? GROUP BY vote_date", Date.valueOf(from), Date.valueOf(to))) {
            long[] day = days.get(((Date) r[0]).toLocalDate());
            if (day != null) {
                day[1] += number(r[1]);
            }
        }
        List<Dashboard.Day> series = days.entrySet().stream()
                .map(e -> new Dashboard.Day(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        List<Long> waits = new ArrayList<>();
        for (Object[] r : rows("SELECT under_review_at, answered_at FROM proposal WHERE answered_at >= ? "
                + "AND answered_at < ? AND under_review_at IS NOT NULL", start, end)) {
            Instant reached = ((Timestamp) r[0]).toInstant();
            Instant answered = ((Timestamp) r[1]).toInstant();
            waits.add(Math.max(0, Duration.between(reached, answered).toMinutes()));
        }
        Double median = median(waits);

        List<Dashboard.Sharing> sharing = new ArrayList<>();
        for (Object[] r : rows("SELECT target, SUM(shares), SUM(arrivals) FROM share_day WHERE share_date >= ? "
                + "AND share_date <= ? GROUP BY target ORDER BY target", Date.valueOf(from), Date.valueOf(to))) {
            String target = (String) r[0];
            String label = shares.all().stream().filter(t -> t.id().equals(target)).findFirst()
                    .map(ShareTarget::label).orElse(target);
            sharing.add(new Dashboard.Sharing(target, label, number(r[1]), number(r[2])));
        }

        List<Dashboard.SharedProposal> sharedProposals = new ArrayList<>();
        for (Object[] r : rows("SELECT p.id, p.slug, p.title, s.shares, s.arrivals FROM (SELECT proposal_id, "
                + "SUM(shares) AS shares, SUM(arrivals) AS arrivals FROM share_day WHERE share_date >= ? AND share_date <= ? "
                + "GROUP BY proposal_id) s JOIN proposal p ON p.id = s.proposal_id WHERE p.hidden_at IS NULL "
                + "ORDER BY s.shares DESC, s.arrivals DESC, p.id DESC FETCH FIRST 20 ROWS ONLY", Date.valueOf(from), Date.valueOf(to))) {
            sharedProposals.add(new Dashboard.SharedProposal(number(r[0]), (String) r[1], (String) r[2], number(r[3]),
                    number(r[4])));
        }

        Map<String, Dashboard.Sharing> byTarget = new HashMap<>();
        sharing.forEach(s -> byTarget.put(s.target(), s));
        List<Dashboard.Posted> posted = new ArrayList<>();
        for (Object[] r : rows("SELECT network, COUNT(*), SUM(likes), SUM(reposts), SUM(replies) FROM publication "
                + "WHERE state = 'SENT' AND created_at >= ? AND created_at < ? GROUP BY network ORDER BY network",
                start, end)) {
            String network = (String) r[0];
            Dashboard.Sharing shared = byTarget.get(network);
            posted.add(new Dashboard.Posted(network, label(network), number(r[1]), number(r[2]), number(r[3]),
                    number(r[4]), shared == null ? 0 : shared.shares(), shared == null ? 0 : shared.arrivals()));
        }
        List<Dashboard.Post> posts = new ArrayList<>();
        for (Object[] r : rows("SELECT u.id, u.network, u.proposal_id, p.title, u.remote_url, u.created_at, u.likes, "
                + "u.reposts, u.replies FROM publication u JOIN proposal p ON p.id = u.proposal_id "
                + "WHERE u.state = 'SENT' AND u.created_at >= ? AND u.created_at < ? "
                + "ORDER BY COALESCE(u.likes, 0) + COALESCE(u.reposts, 0) + COALESCE(u.replies, 0) DESC, u.id DESC "
                + "FETCH FIRST 20 ROWS ONLY", start, end)) {
            posts.add(new Dashboard.Post(number(r[0]), (String) r[1], label((String) r[1]), number(r[2]),
                    (String) r[3], (String) r[4], ((Timestamp) r[5]).toInstant(), integer(r[6]), integer(r[7]),
                    integer(r[8])));
        }

        return new Dashboard(from, to, byState, proposalCount, votes, comments, participants, byTheme, byDistrict,
                series, proposals.list(new ProposalQuery(null, null, null, null, ProposalQuery.Sort.MOST_SUPPORTED), 0, 10),
                median == null ? null : median / (60 * 24), waits.size(), sharing, sharedProposals, posted, posts);
    }

    private List<Dashboard.Group> groups(String column, String names, LocalDate from, LocalDate to, Timestamp start,
                                         Timestamp end) {
        Map<Long, long[]> figures = new HashMap<>();
        Long whole = -1L; // proposals for the whole town have no district
        Function<Object, Long> key = o -> o == null ? whole : number(o);
        for (Object[] r : rows("SELECT " + column + ", COUNT(*) FROM proposal WHERE status <> 'DRAFT' AND hidden_at IS NULL "
                + "AND published_at >= ? AND published_at < ? GROUP BY " + column, start, end)) {
            figures.computeIfAbsent(key.apply(r[0]), k -> new long[4])[0] = number(r[1]);
        }
        for (Object[] r : rows("SELECT p." + column + ", SUM(d.votes_for + d.votes_against) FROM vote_day d "
                + "JOIN proposal p ON p.id = d.proposal_id WHERE d.vote_date >= ? AND d.vote_date <= ? GROUP BY p." + column,
                Date.valueOf(from), Date.valueOf(to))) {
            figures.computeIfAbsent(key.apply(r[0]), k -> new long[4])[1] = number(r[1]);
        }
        for (Object[] r : rows("SELECT p." + column + ", COUNT(*) FROM comment c JOIN proposal p ON p.id = c.proposal_id "
                + "WHERE c.created_at >= ? AND c.created_at < ? AND c.deleted_at IS NULL AND c.hidden_at IS NULL "
                + "GROUP BY p." + column, start, end)) {
            figures.computeIfAbsent(key.apply(r[0]), k -> new long[4])[2] = number(r[1]);
        }
        for (Object[] r : rows("SELECT u.g, COUNT(DISTINCT u.a) FROM (" + PARTICIPATION.formatted(column)
                + ") AS u (g, a) GROUP BY u.g", start, end, start, end, start, end)) {
            figures.computeIfAbsent(key.apply(r[0]), k -> new long[4])[3] = number(r[1]);
        }
        List<Dashboard.Group> groups = new ArrayList<>();
        for (Object[] r : rows(names)) {
            groups.add(group((String) r[1], (String) r[2], (String) r[3], figures.get(number(r[0]))));
        }
        if (column.equals("district_id")) {
            groups.add(group("town", null, null, figures.get(whole)));
        }
        return groups;
    }

    private static Dashboard.Group group(String code, String nameFr, String nameEn, long[] f) {
        long[] figures = f == null ? new long[4] : f;
        if (figures[3] < Dashboard.MIN_GROUP) {
            return new Dashboard.Group(code, nameFr, nameEn, null, null, null, null);
        }
        return new Dashboard.Group(code, nameFr, nameEn, figures[0], figures[1], figures[2], figures[3]);
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        List<Object> result = q.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object r : result) {
            rows.add(r instanceof Object[] a ? a : new Object[]{r});
        }
        return rows;
    }

    private Object single(String sql, Object... parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q.getSingleResult();
    }

    /** A network's name as people know it (the share targets' labels, which publishing's accounts share). */
    private String label(String network) {
        if (network.startsWith("account-")) {
            // One of the accounts administrators manage: its own name
            List<Object[]> named = rows("SELECT name, network FROM network_account WHERE id = ?",
                    Long.parseLong(network.substring("account-".length())));
            return named.isEmpty() ? network : named.get(0)[0] + " ("
                    + label(((String) named.get(0)[1]).toLowerCase(Locale.ROOT)) + ")";
        }
        return shares.all().stream().filter(t -> t.id().equals(network)).findFirst().map(ShareTarget::label)
                .orElse(network);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
