package org.civitas.opendata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.civitas.opendata.Field.Type.BOOLEAN;
import static org.civitas.opendata.Field.Type.DATE;
import static org.civitas.opendata.Field.Type.DATETIME;
import static org.civitas.opendata.Field.Type.INTEGER;
import static org.civitas.opendata.Field.Type.NUMBER;
import static org.civitas.opendata.Field.Type.STRING;
import static org.civitas.opendata.Field.optional;
import static org.civitas.opendata.Field.required;

/**
 * The published datasets, declared once: their fields, keys, and the SQL that reads exactly what is public. Each
 * query selects the fields in order, then the row's change time, its paging key and whether it is visible (these
 * three are not exported). The proposals' {@code url} column reads the slug; the writer makes it an address.
 * {@code VISIBLE} is the one definition of a public proposal.
 */
public enum Dataset {

    PROPOSALS("proposals", List.of(
            required("id", INTEGER), required("title", STRING), required("summary", STRING), required("body", STRING),
            required("theme", STRING), optional("district", STRING), required("status", STRING),
            required("withdrawn", BOOLEAN), required("author", STRING), required("published_at", DATETIME),
            optional("closes_at", DATETIME), required("votes_for", INTEGER), required("votes_against", INTEGER),
            required("comment_count", INTEGER), optional("under_review_at", DATETIME), optional("answered_at", DATETIME),
            optional("envelope_id", INTEGER), optional("estimated_cost_eur", INTEGER),
            optional("latitude", NUMBER), optional("longitude", NUMBER),
            required("url", STRING), required("changed_at", DATETIME)),
            List.of("id"), List.of(new ForeignKey("theme", "themes", "code"), new ForeignKey("district", "districts", "code"),
                    new ForeignKey("envelope_id", "budget-envelopes", "id")),
            "SELECT p.id, p.title, p.summary, p.body, t.code, d.code, p.status, "
                    + "CASE WHEN p.status = 'WITHDRAWN' THEN 1 ELSE 0 END, a.display_name, p.published_at, p.closes_at, "
                    + "p.public_votes_for, p.public_votes_against, p.comment_count, p.under_review_at, p.answered_at, "
                    + "p.envelope_id, p.estimated_cost, " + Dataset.rounded("p.latitude") + ", "
                    + Dataset.rounded("p.longitude") + ", p.slug, p.changed_at, "
                    + "p.changed_at AS k_changed, p.id AS k_id, " + Dataset.VISIBLE + " AS k_visible "
                    + "FROM proposal p JOIN theme t ON t.id = p.theme_id LEFT JOIN district d ON d.id = p.district_id "
                    + "JOIN account a ON a.id = p.author_id WHERE p.status <> 'DRAFT'",
            "p.id", "p.changed_at", Dataset.VISIBLE, true),

    COMMENTS("comments", List.of(
            required("id", INTEGER), required("proposal_id", INTEGER), optional("parent_id", INTEGER),
            required("author", STRING), required("body", STRING), required("created_at", DATETIME),
            optional("edited_at", DATETIME), required("changed_at", DATETIME)),
            List.of("id"), List.of(new ForeignKey("proposal_id", "proposals", "id")),
            "SELECT c.id, c.proposal_id, c.parent_id, a.display_name, c.body, c.created_at, c.edited_at, c.changed_at, "
                    + "c.changed_at AS k_changed, c.id AS k_id, "
                    + Dataset.COMMENT_VISIBLE + " AS k_visible "
                    + "FROM comment c JOIN proposal p ON p.id = c.proposal_id JOIN account a ON a.id = c.account_id "
                    + "WHERE p.status <> 'DRAFT'",
            "c.id", "c.changed_at", Dataset.COMMENT_VISIBLE, true),

    ANSWERS("answers", List.of(
            required("id", INTEGER), required("proposal_id", INTEGER), optional("from_status", STRING),
            required("to_status", STRING), required("changed_at", DATETIME), required("official_answer", BOOLEAN),
            optional("official", STRING), optional("answer", STRING), optional("cost_estimate_eur", NUMBER),
            optional("planned_on", DATE)),
            List.of("id"), List.of(new ForeignKey("proposal_id", "proposals", "id")),
            "SELECT h.id, h.proposal_id, h.from_status, h.to_status, h.changed_at, "
                    + "CASE WHEN ans.id IS NULL THEN 0 ELSE 1 END, oa.display_name, ans.body, ans.cost_estimate, "
                    + "ans.planned_on, h.written_at AS k_changed, h.id AS k_id, " + Dataset.VISIBLE + " AS k_visible "
                    + "FROM proposal_status_change h JOIN proposal p ON p.id = h.proposal_id "
                    + "LEFT JOIN answer ans ON ans.status_change_id = h.id LEFT JOIN account oa ON oa.id = ans.official_id "
                    + "WHERE p.status <> 'DRAFT' AND h.to_status <> 'DRAFT'",
            "h.id", "h.written_at", Dataset.VISIBLE, false),

    VOTES_DAILY("votes-daily", List.of(
            required("proposal_id", INTEGER), required("date", DATE), required("votes_for", INTEGER),
            required("votes_against", INTEGER), required("withdrawn", INTEGER), required("for_removed", INTEGER),
            required("against_removed", INTEGER), required("changed_at", DATETIME)),
            List.of("proposal_id", "date"), List.of(new ForeignKey("proposal_id", "proposals", "id")),
            "SELECT v.proposal_id, v.vote_date, v.votes_for, v.votes_against, v.withdrawn, v.for_removed, "
                    + "v.against_removed, v.changed_at, v.changed_at AS k_changed, v.id AS k_id, " + Dataset.VISIBLE
                    + " AS k_visible FROM vote_day v JOIN proposal p ON p.id = v.proposal_id WHERE p.status <> 'DRAFT' "
                    + "AND v.changed_at IS NOT NULL",
            "v.id", "v.changed_at", Dataset.VISIBLE, false),

    BUDGETS("budgets", List.of(
            required("id", INTEGER), required("title", STRING), required("description", STRING),
            required("total_amount", INTEGER), required("ballot_kind", STRING), optional("max_choices", INTEGER),
            required("counting_rule", STRING), required("verified_only", BOOLEAN), optional("minimum_age", INTEGER),
            required("information_on", DATE), required("submission_on", DATE), required("review_on", DATE),
            required("voting_on", DATE), required("results_on", DATE), required("follow_up_on", DATE),
            required("url", STRING), required("changed_at", DATETIME)),
            List.of("id"), List.of(),
            "SELECT b.id, b.title, b.description, b.total_amount, b.ballot_kind, b.max_choices, b.counting_rule, "
                    + "CASE WHEN b.verified_only = TRUE THEN 1 ELSE 0 END, b.minimum_age, b.information_on, "
                    + "b.submission_on, b.review_on, b.voting_on, b.results_on, b.follow_up_on, b.id, b.changed_at, "
                    + "b.changed_at AS k_changed, b.id AS k_id, " + Dataset.BUDGET_OPEN + " AS k_visible "
                    + "FROM budget b WHERE 1 = 1",
            "b.id", "b.changed_at", Dataset.BUDGET_OPEN, false),

    BUDGET_ENVELOPES("budget-envelopes", List.of(
            required("id", INTEGER), required("budget_id", INTEGER), optional("district", STRING),
            required("amount", INTEGER)),
            List.of("id"), List.of(new ForeignKey("budget_id", "budgets", "id"),
            new ForeignKey("district", "districts", "code")),
            "SELECT e.id, e.budget_id, d.code, e.amount, CAST(NULL AS TIMESTAMP) AS k_changed, e.id AS k_id, "
                    + Dataset.BUDGET_OPEN + " AS k_visible FROM budget_envelope e JOIN budget b ON b.id = e.budget_id "
                    + "LEFT JOIN district d ON d.id = e.district_id WHERE 1 = 1",
            "e.id", null, Dataset.BUDGET_OPEN, false),

    BUDGET_PROJECTS("budget-projects", List.of(
            required("id", INTEGER), required("budget_id", INTEGER), required("envelope_id", INTEGER),
            required("idea_id", INTEGER), required("title", STRING), required("verdict", STRING),
            optional("cost_eur", INTEGER), optional("reason", STRING), optional("merged_into_id", INTEGER),
            required("reviewed_at", DATETIME), required("changed_at", DATETIME)),
            List.of("id"), List.of(new ForeignKey("budget_id", "budgets", "id"),
            new ForeignKey("envelope_id", "budget-envelopes", "id"), new ForeignKey("idea_id", "proposals", "id"),
            new ForeignKey("merged_into_id", "budget-projects", "id")),
            "SELECT x.id, x.budget_id, x.envelope_id, x.idea_id, x.title, x.verdict, x.cost, x.reason, x.merged_into_id, "
                    + "x.reviewed_at, x.changed_at, x.changed_at AS k_changed, x.id AS k_id, "
                    + Dataset.PROJECT_VISIBLE + " AS k_visible FROM budget_project x JOIN budget b ON b.id = x.budget_id "
                    + "JOIN proposal p ON p.id = x.idea_id WHERE 1 = 1",
            "x.id", "x.changed_at", Dataset.PROJECT_VISIBLE, true),

    BUDGET_RESULTS("budget-results", List.of(
            required("project_id", INTEGER), required("envelope_id", INTEGER), required("votes", INTEGER),
            required("paper_votes", INTEGER), required("selected", BOOLEAN), required("reason", STRING),
            optional("money_left_eur", INTEGER), optional("funded_rank", INTEGER), required("changed_at", DATETIME)),
            List.of("project_id"), List.of(new ForeignKey("project_id", "budget-projects", "id"),
            new ForeignKey("envelope_id", "budget-envelopes", "id")),
            "SELECT r.project_id, r.envelope_id, r.votes, r.paper_votes, CASE WHEN r.selected = TRUE THEN 1 ELSE 0 END, "
                    + "r.reason, r.money_left, r.funded_rank, r.changed_at, r.changed_at AS k_changed, r.project_id AS k_id, "
                    + Dataset.RESULT_VISIBLE + " AS k_visible FROM budget_result r "
                    + "JOIN budget_project x ON x.id = r.project_id JOIN budget b ON b.id = x.budget_id "
                    + "JOIN proposal p ON p.id = x.idea_id WHERE 1 = 1",
            "r.project_id", "r.changed_at", Dataset.RESULT_VISIBLE, true),

    BUDGET_MILESTONES("budget-milestones", List.of(
            required("id", INTEGER), required("project_id", INTEGER), required("happened_on", DATE),
            required("body", STRING), required("percent_done", INTEGER), required("status", STRING),
            optional("photo_url", STRING), required("posted_at", DATETIME), required("changed_at", DATETIME)),
            List.of("id"), List.of(new ForeignKey("project_id", "budget-projects", "id")),
            "SELECT m.id, m.project_id, m.happened_on, m.body, m.percent_done, m.status, m.photo_id, m.posted_at, "
                    + "m.changed_at, m.changed_at AS k_changed, m.id AS k_id, " + Dataset.RESULT_VISIBLE
                    + " AS k_visible FROM budget_milestone m JOIN budget_project x ON x.id = m.project_id "
                    + "JOIN budget b ON b.id = x.budget_id JOIN proposal p ON p.id = x.idea_id WHERE 1 = 1",
            "m.id", "m.changed_at", Dataset.RESULT_VISIBLE, true),

    GUESTBOOK("guestbook", List.of(
            required("id", INTEGER), required("author", STRING), required("member", BOOLEAN),
            required("relation", STRING), optional("place", STRING), required("body", STRING),
            required("published_at", DATETIME), optional("reply", STRING), optional("replied_at", DATETIME),
            required("changed_at", DATETIME)),
            List.of("id"), List.of(),
            "SELECT m.id, COALESCE(a.display_name, m.visitor_name), CASE WHEN m.account_id IS NULL THEN 0 ELSE 1 END, "
                    + "m.relation, m.from_place, m.body, m.published_at, m.reply, m.replied_at, m.changed_at, "
                    + "m.changed_at AS k_changed, m.id AS k_id, " + Dataset.MESSAGE_VISIBLE + " AS k_visible "
                    + "FROM guestbook_message m LEFT JOIN account a ON a.id = m.account_id "
                    + "WHERE m.published_at IS NOT NULL",
            "m.id", "m.changed_at", Dataset.MESSAGE_VISIBLE, true),

    CONTEST_PHOTOS("contest-photos", List.of(
            required("id", INTEGER), required("contest_id", INTEGER), required("contest", STRING),
            required("title", STRING), optional("place", STRING), required("credit", STRING),
            required("licence", STRING), required("width", INTEGER), required("height", INTEGER),
            required("image_url", STRING), required("approved_at", DATETIME), optional("votes", INTEGER),
            optional("jury_score_total", INTEGER), optional("jury_scores", INTEGER), optional("jury_rank", INTEGER),
            optional("public_prize", BOOLEAN), required("changed_at", DATETIME)),
            List.of("id"), List.of(),
            "SELECT p.id, p.contest_id, c.title, p.title, p.place_label, p.credit, p.licence, p.width, p.height, "
                    + "p.id, p.approved_at, CASE WHEN c.results_at IS NOT NULL THEN p.vote_count END, "
                    + "CASE WHEN c.results_at IS NOT NULL THEN p.jury_total END, "
                    + "CASE WHEN c.results_at IS NOT NULL THEN p.jury_count END, "
                    + "CASE WHEN c.results_at IS NOT NULL THEN p.jury_rank END, "
                    + "CASE WHEN c.results_at IS NULL THEN CAST(NULL AS INTEGER) WHEN p.public_prize THEN 1 ELSE 0 END, "
                    + "p.changed_at, p.changed_at AS k_changed, p.id AS k_id, " + Dataset.PHOTO_VISIBLE + " AS k_visible "
                    + "FROM contest_photo p JOIN photo_contest c ON c.id = p.contest_id "
                    + "WHERE p.approved_at IS NOT NULL",
            "p.id", "p.changed_at", Dataset.PHOTO_VISIBLE, true),

    GALLERY_PHOTOS("gallery-photos", List.of(
            required("id", INTEGER), required("gallery_id", INTEGER), required("gallery", STRING),
            required("position", INTEGER), required("title", STRING), required("credit", STRING),
            required("licence", STRING), required("width", INTEGER), required("height", INTEGER),
            optional("contest_photo_id", INTEGER), optional("town_photo_id", INTEGER), required("image_url", STRING),
            required("added_at", DATETIME), required("changed_at", DATETIME)),
            List.of("id"), List.of(),
            "SELECT i.id, i.gallery_id, g.title, i.position, COALESCE(cp.title, tp.title), "
                    + "COALESCE(cp.credit, tp.credit), COALESCE(cp.licence, tp.licence), COALESCE(cp.width, tp.width), "
                    + "COALESCE(cp.height, tp.height), i.contest_photo_id, i.town_photo_id, i.id, i.added_at, "
                    + "i.changed_at, i.changed_at AS k_changed, i.id AS k_id, " + Dataset.ITEM_VISIBLE + " AS k_visible "
                    + "FROM gallery_item i JOIN gallery g ON g.id = i.gallery_id "
                    + "LEFT JOIN contest_photo cp ON cp.id = i.contest_photo_id "
                    + "LEFT JOIN gallery_photo tp ON tp.id = i.town_photo_id WHERE g.published_at IS NOT NULL",
            "i.id", "i.changed_at", Dataset.ITEM_VISIBLE, true),

    FUNDING_CAMPAIGNS("funding-campaigns", List.of(
            required("id", INTEGER), required("title", STRING), required("target_kind", STRING),
            required("target_id", INTEGER), required("kind", STRING), required("mode", STRING),
            required("status", STRING), required("goal_cents", INTEGER), required("raised_cents", INTEGER),
            required("backers", INTEGER), required("closes_on", DATE), required("created_at", DATETIME),
            optional("closed_at", DATETIME), optional("final_cents", INTEGER), optional("final_backers", INTEGER),
            required("changed_at", DATETIME)),
            List.of("id"), List.of(),
            "SELECT c.id, c.title, c.target_kind, c.target_id, c.kind, c.mode, c.status, c.goal_cents, c.raised_cents, "
                    + "c.backers, c.closes_on, c.created_at, c.closed_at, c.final_cents, c.final_backers, c.changed_at, "
                    + "c.changed_at AS k_changed, c.id AS k_id, 1 AS k_visible FROM funding_campaign c WHERE 1 = 1",
            "c.id", "c.changed_at", "1", false),

    THEMES("themes", List.of(required("code", STRING), required("name_fr", STRING), required("name_en", STRING)),
            List.of("code"), List.of(),
            "SELECT t.code, t.name_fr, t.name_en, CAST(NULL AS TIMESTAMP) AS k_changed, t.id AS k_id, 1 AS k_visible "
                    + "FROM theme t WHERE 1 = 1",
            "t.id", null, "1", false),

    DISTRICTS("districts", List.of(required("code", STRING), required("name", STRING)),
            List.of("code"), List.of(),
            "SELECT d.code, d.name, CAST(NULL AS TIMESTAMP) AS k_changed, d.id AS k_id, 1 AS k_visible "
                    + "FROM district d WHERE 1 = 1",
            "d.id", null, "1", false);

    /**
     * The bundles' keys for a dataset's title and description and a field's meaning (followed by the dataset's path,
     * then {@code .} and the field's name): what the open-data page, the catalogue, datapackage.json and the
     * snapshot's README say, from one dictionary.
     */
    public static final String TITLE_KEY = "opendata.title.";
    public static final String DESCRIPTION_KEY = "opendata.dataset.";
    public static final String FIELD_KEY = "opendata.field.";

    /**
     * Stands in the SQL for 10 to the power of the published coordinates' decimals, which a setting chooses
     * ({@code CIVITAS_MAP_OPEN_DATA_DECIMALS}); {@link OpenDataExport} puts the number in before running it.
     */
    static final String COORDINATE_SCALE = "COORDINATE_SCALE";

    /** A coordinate rounded half up to the published decimals (null stays null), in SQL both databases run. */
    private static String rounded(String column) {
        return "CAST(FLOOR(" + column + " * " + COORDINATE_SCALE + " + 0.5) / " + COORDINATE_SCALE
                + " AS DECIMAL(10, 6))";
    }

    /** A proposal a visitor can see: published (or later), not hidden. 1 or 0, on the alias {@code p}. */
    static final String VISIBLE = "CASE WHEN p.status <> 'DRAFT' AND p.hidden_at IS NULL THEN 1 ELSE 0 END";

    /**
     * A budget the public sees: opened once its information phase began (the budgets feature stamps {@code opened_at}
     * then, which writes the row: the change feed brings it). 1 or 0, on the alias {@code b}.
     */
    static final String BUDGET_OPEN = "CASE WHEN b.opened_at IS NOT NULL THEN 1 ELSE 0 END";

    /**
     * A project of a budget's technical review the public sees: the review published (publishing writes every project
     * row of the budget, so the change feed brings them), its idea not hidden. On the aliases {@code x}, {@code b}, {@code p}.
     */
    static final String PROJECT_VISIBLE = "CASE WHEN b.projects_published_at IS NOT NULL AND p.hidden_at IS NULL "
            + "THEN 1 ELSE 0 END";

    /** A project's result the public sees: the vote counted (the rows are written then), its idea not hidden. */
    static final String RESULT_VISIBLE = "CASE WHEN b.results_at IS NOT NULL AND p.hidden_at IS NULL THEN 1 ELSE 0 END";

    /**
     * A guest book message a visitor can see: published by a moderator (one taken off the wall after has been
     * published, so its tombstone follows). 1 or 0, on the alias {@code m}.
     */
    static final String MESSAGE_VISIBLE = "CASE WHEN m.status = 'PUBLISHED' THEN 1 ELSE 0 END";

    /**
     * A contest photo a visitor can see: approved by a moderator (one taken down after was approved once, so its
     * tombstone follows). 1 or 0, on the alias {@code p}.
     */
    static final String PHOTO_VISIBLE = "CASE WHEN p.status = 'APPROVED' THEN 1 ELSE 0 END";

    /**
     * A gallery's photo a visitor can see: in the gallery (not taken out), the gallery published, and a town's photo or
     * a contest photo a moderator keeps approved. 1 or 0, on the aliases {@code i}, {@code g} and {@code cp}.
     */
    static final String ITEM_VISIBLE = "CASE WHEN i.removed_at IS NULL AND g.published_at IS NOT NULL "
            + "AND (i.town_photo_id IS NOT NULL OR cp.status = 'APPROVED') THEN 1 ELSE 0 END";

    /** A comment a visitor can see: not deleted, not hidden, on a visible proposal ({@code c} and {@code p}). */
    static final String COMMENT_VISIBLE = "CASE WHEN c.deleted_at IS NULL AND c.hidden_at IS NULL AND " + VISIBLE
            + " = 1 THEN 1 ELSE 0 END";

    /** A column that refers to another dataset's key. */
    public record ForeignKey(String field, String dataset, String referencedField) {
    }

    private final String path;
    private final List<Field> fields;
    private final List<String> primaryKey;
    private final List<ForeignKey> foreignKeys;
    private final String select;
    private final String keyColumn;
    private final String changedColumn;
    private final String visible;
    private final boolean tombstones;

    Dataset(String path, List<Field> fields, List<String> primaryKey, List<ForeignKey> foreignKeys, String select,
            String keyColumn, String changedColumn, String visible, boolean tombstones) {
        this.visible = visible;
        this.path = path;
        this.fields = fields;
        this.primaryKey = primaryKey;
        this.foreignKeys = foreignKeys;
        this.select = select;
        this.keyColumn = keyColumn;
        this.changedColumn = changedColumn;
        this.tombstones = tombstones;
    }

    public static Optional<Dataset> byPath(String path) {
        for (Dataset d : values()) {
            if (d.path.equals(path == null ? null : path.toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public String path() {
        return path;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<String> primaryKey() {
        return primaryKey;
    }

    public List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /** Whether {@code ?since=} can follow this dataset's changes (themes and districts are small: read them whole). */
    public boolean followsChanges() {
        return changedColumn != null;
    }

    /** Whether rows that leave the public view appear as tombstones in {@code ?since=} answers. */
    public boolean hasTombstones() {
        return tombstones;
    }

    /** The SQL of a full export: public rows only, by key. */
    String fullQuery() {
        return select + " AND " + visibleCondition() + " ORDER BY " + keyColumn;
    }

    /**
     * The SQL of one page: after a key (parameter 1) in full mode; in change mode (parameters: since, the pass's
     * horizon, then the cursor's time twice and its key), rows changed after {@code since} and no later than the
     * horizon, after the cursor by (change time, key), tombstones included where the dataset has them.
     */
    String pageQuery(boolean changes) {
        if (!changes) {
            return select + " AND " + visibleCondition() + " AND " + keyColumn + " > ? ORDER BY " + keyColumn;
        }
        return select + (tombstones ? "" : " AND " + visibleCondition()) + " AND " + changedColumn + " > ? AND "
                + changedColumn + " <= ? AND (" + changedColumn + " > ? OR (" + changedColumn + " = ? AND "
                + keyColumn + " > ?)) ORDER BY " + changedColumn + ", " + keyColumn;
    }

    /**
     * What identifies the dataset's state: the number of public rows, the last change of any row, public or not (a
     * comment deleted, a proposal hidden: its row changes and leaves the public ones), to the database's precision,
     * and the sum of the rows' versions.
     */
    String stateQuery() {
        String from = select.substring(select.indexOf(" FROM "));
        return "SELECT SUM(CASE WHEN (" + visible + ") = 1 THEN 1 ELSE 0 END), "
                + (changedColumn == null ? "CAST(NULL AS TIMESTAMP)" : "MAX(" + changedColumn + ")") + ", "
                + "SUM(" + versions() + ")" + from;
    }

    /**
     * The last change of the dataset's rows, from its own table alone so that the index on the change time answers it
     * (the catalogue's dates: the same cost at any scale); null for themes and districts. Drafts left out.
     */
    String lastChangeQuery() {
        return changedColumn == null ? null : "SELECT MAX(" + changedColumn + ") FROM " + ownRows();
    }

    /**
     * When the dataset's first public row happened (its first proposal published, first comment...): the start of its
     * temporal coverage and its date of issue; null for themes and districts.
     */
    String firstQuery() {
        String first = switch (this) {
            case PROPOSALS -> "p.published_at";
            case COMMENTS -> "c.created_at";
            case ANSWERS -> "h.changed_at";
            case VOTES_DAILY -> "CAST(v.vote_date AS TIMESTAMP)";
            case BUDGETS -> "CAST(b.information_on AS TIMESTAMP)";
            case BUDGET_PROJECTS -> "x.reviewed_at";
            case BUDGET_RESULTS -> "r.changed_at";
            case BUDGET_MILESTONES -> "m.posted_at";
            case GUESTBOOK -> "m.published_at";
            case CONTEST_PHOTOS -> "p.approved_at";
            case GALLERY_PHOTOS -> "i.added_at";
            case FUNDING_CAMPAIGNS -> "c.created_at";
            case BUDGET_ENVELOPES, THEMES, DISTRICTS -> null;
        };
        return first == null ? null : "SELECT MIN(" + first + ") FROM " + ownRows();
    }

    /** The dataset's own table, without the joins its export needs, drafts left out where it has them. */
    private String ownRows() {
        return switch (this) {
            case PROPOSALS -> "proposal p WHERE p.status <> 'DRAFT'";
            case COMMENTS -> "comment c";
            case ANSWERS -> "proposal_status_change h WHERE h.to_status <> 'DRAFT'";
            case VOTES_DAILY -> "vote_day v WHERE v.changed_at IS NOT NULL";
            case BUDGETS -> "budget b WHERE b.opened_at IS NOT NULL";
            case BUDGET_ENVELOPES -> "budget_envelope e";
            case BUDGET_PROJECTS -> "budget_project x JOIN budget b ON b.id = x.budget_id WHERE b.projects_published_at IS NOT NULL";
            case BUDGET_RESULTS -> "budget_result r";
            case BUDGET_MILESTONES -> "budget_milestone m";
            case GUESTBOOK -> "guestbook_message m WHERE m.published_at IS NOT NULL";
            case CONTEST_PHOTOS -> "contest_photo p WHERE p.approved_at IS NOT NULL";
            case GALLERY_PHOTOS -> "gallery_item i";
            case FUNDING_CAMPAIGNS -> "funding_campaign c";
            case THEMES -> "theme t";
            case DISTRICTS -> "district d";
        };
    }

    /**
     * What grows with every write of a row: its version (every write of an entity raises it, bulk updates raise it
     * themselves), plus its official answer's for the answers, less the writes only votes made for the proposals
     * (their live tallies are not published: see {@code ProposalTally}). Summed over the dataset, it changes with
     * every committed write of what is published, even one committed late with an earlier change time.
     */
    private String versions() {
        String alias = keyColumn.substring(0, keyColumn.indexOf('.'));
        return switch (this) {
            case ANSWERS -> "h.version + COALESCE(ans.version, 0)";
            case PROPOSALS -> "p.version - p.vote_writes";
            default -> alias + ".version";
        };
    }

    private String visibleCondition() {
        return "(" + visible + ") = 1";
    }
}
