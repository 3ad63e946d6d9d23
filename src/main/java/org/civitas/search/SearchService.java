package org.civitas.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civitas.platform.Town;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Searches what the public sees: published proposals and budget ideas that are not hidden, their comments that are
 * neither deleted nor hidden, the officials' answers to them, and the projects of budgets that are open and whose
 * projects are published. Whatever the visitor may not see is not searched, so it is never counted nor excerpted.
 * <p>
 * On PostgreSQL the words go to full-text search (French and English stems, accents and case ignored: each table's
 * {@code search_vector}, a column the database computes, and its GIN index, migration V42), results are ranked
 * ({@code ts_rank}, a proposal's own words counting double) and paged in the database, counted in the same pass.
 * On embedded Derby, which has no full-text search, each word's letters that may carry an accent are left open in a
 * {@code LIKE}, the candidates (the latest 2,000 of each kind) are checked word by word in Java and ranked by how
 * often the words occur: the same results on a development town's data, not meant for a city's.
 */
@Stateless
@PermitAll
public class SearchService {

    public static final int PAGE_SIZE = 20;
    /** The deepest page one may ask for (10,000 results), on the page and in the API. */
    public static final int MAX_PAGES = 500;
    static final int DERBY_CANDIDATES = 2_000;

    private static final String VISIBLE = "p.status <> 'DRAFT' AND p.hidden_at IS NULL";
    private static volatile Boolean postgres;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/civitas")
    private DataSource dataSource;

    @Inject
    private Town town;

    /** One kind's part of the search: its columns, its tables and visibility, the text searched, its date. */
    private record Branch(SearchKind kind, String alias, String columns, String from, String text, String at,
                          double weight) {
    }

    private static final List<Branch> BRANCHES = List.of(
            new Branch(SearchKind.PROPOSAL, "p", "p.id, p.id, p.slug, CAST(NULL AS BIGINT), p.title, "
                    + "p.summary || ' ' || p.body", "proposal p WHERE " + VISIBLE,
                    "p.title || ' ' || p.summary || ' ' || p.body", "p.published_at", 2),
            new Branch(SearchKind.COMMENT, "c", "c.id, p.id, p.slug, CAST(NULL AS BIGINT), p.title, c.body",
                    "comment c JOIN proposal p ON p.id = c.proposal_id WHERE " + VISIBLE
                            + " AND c.deleted_at IS NULL AND c.hidden_at IS NULL", "c.body", "c.created_at", 1),
            new Branch(SearchKind.ANSWER, "an", "an.id, p.id, p.slug, CAST(NULL AS BIGINT), p.title, an.body",
                    "answer an JOIN proposal p ON p.id = an.proposal_id WHERE " + VISIBLE, "an.body", "an.created_at", 1.5),
            new Branch(SearchKind.PROJECT, "bp", "bp.id, p.id, p.slug, bp.budget_id, bp.title, COALESCE(bp.reason, '')",
                    "budget_project bp JOIN budget b ON b.id = bp.budget_id JOIN proposal p ON p.id = bp.idea_id "
                            + "WHERE b.opened_at IS NOT NULL AND b.projects_published_at IS NOT NULL "
                            + "AND bp.verdict = 'FEASIBLE' AND p.hidden_at IS NULL",
                    "bp.title || ' ' || COALESCE(bp.reason, '')", "b.projects_published_at", 1.5));

    /** A page of results ({@code first} from 0), the best first; no words, no results. */
    public SearchResults search(SearchQuery query, int first, int size) {
        List<String> words = Folding.words(query.text());
        if (words.isEmpty()) {
            return SearchResults.NONE;
        }
        List<Branch> branches = BRANCHES.stream().filter(b -> query.kind() == null || b.kind() == query.kind()).toList();
        return isPostgres() ? postgres(query, words, branches, first, size)
                : derby(query, words, branches, first, size);
    }

    private SearchResults postgres(SearchQuery query, List<String> words, List<Branch> branches, int first, int size) {
        // The query read once (a one-row CTE), each kind's matches found in its GIN index and ranked on its stored
        // words, the total counted over the same rows in the same pass
        String with = "WITH q AS (SELECT civitas_tsq(?) AS q)";
        List<Object> parameters = new ArrayList<>(List.of(String.join(" ", words)));
        StringBuilder union = new StringBuilder();
        for (Branch b : branches) {
            if (!union.isEmpty()) {
                union.append(" UNION ALL ");
            }
            String vector = b.alias() + ".search_vector";
            union.append("SELECT '").append(b.kind().name()).append("', ").append(b.columns()).append(", ")
                    .append(b.at()).append(", ts_rank(").append(vector).append(", q.q) * ").append(b.weight())
                    .append(" FROM q, ").append(b.from()).append(" AND ").append(vector).append(" @@ q.q");
            filters(query, b.at(), union, parameters);
        }
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(first);
        paged.add(size);
        List<?> rows = bind(em.createNativeQuery(with + " SELECT r.*, COUNT(*) OVER () FROM (" + union
                + ") r (kind, id, proposal_id, slug, budget_id, title, text, at, rank) ORDER BY rank DESC, at DESC, "
                + "id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"), paged).getResultList();
        if (rows.isEmpty()) {
            long total = first == 0 ? 0 : ((Number) bind(em.createNativeQuery(with + " SELECT COUNT(*) FROM ("
                    + union + ") r"), parameters).getSingleResult()).longValue();
            return new SearchResults(total, List.of(), words);
        }
        List<SearchHit> hits = new ArrayList<>();
        long total = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            hits.add(hit(columns, words));
            total = ((Number) columns[9]).longValue();
        }
        return new SearchResults(total, hits, words);
    }

    private SearchResults derby(SearchQuery query, List<String> words, List<Branch> branches, int first, int size) {
        record Scored(SearchHit hit, int score) {
        }
        List<Scored> found = new ArrayList<>();
        for (Branch b : branches) {
            StringBuilder sql = new StringBuilder("SELECT '").append(b.kind().name()).append("', ")
                    .append(b.columns()).append(", ").append(b.at()).append(", 0 FROM ").append(b.from());
            List<Object> parameters = new ArrayList<>();
            for (String word : words) {
                sql.append(" AND LOWER(").append(b.text()).append(") LIKE ?");
                parameters.add("%" + open(Folding.stem(word)) + "%");
            }
            filters(query, b.at(), sql, parameters);
            sql.append(" ORDER BY ").append(b.at()).append(" DESC FETCH FIRST ").append(DERBY_CANDIDATES)
                    .append(" ROWS ONLY");
            for (Object row : bind(em.createNativeQuery(sql.toString()), parameters).getResultList()) {
                Object[] columns = (Object[]) row;
                String title = (String) columns[5];
                boolean titled = b.kind() == SearchKind.PROPOSAL || b.kind() == SearchKind.PROJECT;
                String folded = Folding.fold(titled ? title + " " + columns[6] : String.valueOf(columns[6]));
                if (Folding.matchesAll(folded, words)) {
                    int score = Folding.occurrences(folded, words) * (b.kind() == SearchKind.PROPOSAL ? 2 : 1);
                    found.add(new Scored(hit(columns, words), score));
                }
            }
        }
        found.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.hit().at(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.hit().id(), Comparator.reverseOrder()));
        List<SearchHit> page = found.stream().skip(first).limit(size).map(Scored::hit).toList();
        return new SearchResults(found.size(), page, words);
    }

    /** A word's letters that may carry an accent left open ({@code _}) for Derby's LIKE on the unfolded text. */
    private static String open(String word) {
        return word.replaceAll("[aceinouyz]", "_");
    }

    private void filters(SearchQuery query, String at, StringBuilder sql, List<Object> parameters) {
        if (query.themeCode() != null) {
            sql.append(" AND p.theme_id IN (SELECT t.id FROM theme t WHERE t.code = ?)");
            parameters.add(query.themeCode());
        }
        if (query.districtCode() != null) {
            sql.append(" AND p.district_id IN (SELECT d.id FROM district d WHERE d.code = ?)");
            parameters.add(query.districtCode());
        }
        if (query.from() != null) {
            sql.append(" AND ").append(at).append(" >= ?");
            parameters.add(Timestamp.from(query.from().atStartOfDay(town.getZone()).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" AND ").append(at).append(" < ?");
            parameters.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(town.getZone()).toInstant()));
        }
    }

    private static SearchHit hit(Object[] row, List<String> words) {
        SearchKind kind = SearchKind.valueOf((String) row[0]);
        Instant at = row[7] == null ? null : ((Timestamp) row[7]).toInstant();
        String title = (String) row[5];
        return new SearchHit(kind, ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (String) row[3],
                row[4] == null ? null : ((Number) row[4]).longValue(), title, Folding.excerpt(title, words, 400),
                Folding.excerpt((String) row[6], words, 220), at);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database", e);
            }
            postgres = known;
        }
        return known;
    }
}
