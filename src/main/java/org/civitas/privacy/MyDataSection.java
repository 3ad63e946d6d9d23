package org.civitas.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The sections of "my data" after the account itself, in the order the file has them: what each table holds about one
 * person, declared once. Each query selects the columns under the names the file gives them ({@code AS "createdAt"}),
 * filtered by the person ({@link Person}: their account id, address or email key); a {@link Link} adds the portal's
 * address of what a row is about. Plain SQL that Derby and PostgreSQL both accept. docs/security.md describes the
 * sections for the people who read the file.
 */
enum MyDataSection {

    PROPOSALS("proposals", Link.PROPOSAL, """
            SELECT p.id AS "id", p.title AS "title", p.summary AS "summary", p.body AS "body", p.status AS "status",
                   t.code AS "theme", d.code AS "district", p.slug AS "slug", p.created_at AS "createdAt",
                   p.updated_at AS "updatedAt", p.published_at AS "publishedAt", p.closes_at AS "closesAt",
                   p.votes_for AS "votesFor", p.votes_against AS "votesAgainst", p.comment_count AS "commentCount",
                   CASE WHEN p.hidden_at IS NULL THEN FALSE ELSE TRUE END AS "hidden", p.hidden_at AS "hiddenAt",
                   p.hidden_cause AS "hiddenCause", p.hidden_reason AS "hiddenReason", p.photo_id AS "photoId",
                   p.place_label AS "place", p.latitude AS "latitude", p.longitude AS "longitude"
            FROM proposal p JOIN theme t ON t.id = p.theme_id LEFT JOIN district d ON d.id = p.district_id
            WHERE p.author_id = ? ORDER BY p.id""", p -> List.of(p.id())),

    PROPOSAL_HISTORY("proposalHistory", Link.NONE, """
            SELECT c.proposal_id AS "proposalId", c.from_status AS "fromStatus", c.to_status AS "toStatus",
                   c.changed_at AS "changedAt", CASE WHEN c.changed_by = ? THEN TRUE ELSE FALSE END AS "byYou"
            FROM proposal_status_change c JOIN proposal p ON p.id = c.proposal_id
            WHERE p.author_id = ? ORDER BY c.proposal_id, c.changed_at, c.id""", p -> List.of(p.id(), p.id())),

    PHOTOS("photos", Link.PHOTO, """
            SELECT ph.id AS "id", ph.proposal_id AS "proposalId", ph.width AS "width", ph.height AS "height",
                   ph.created_at AS "createdAt"
            FROM proposal p JOIN photo ph ON ph.id = p.photo_id
            WHERE p.author_id = ? ORDER BY ph.id""", p -> List.of(p.id())),

    VOTES("votes", Link.PROPOSAL_ID, """
            SELECT v.proposal_id AS "proposalId", v.choice AS "choice", v.cast_at AS "castAt",
                   v.updated_at AS "updatedAt"
            FROM vote v WHERE v.account_id = ? ORDER BY v.cast_at, v.id""", p -> List.of(p.id())),

    COMMENTS("comments", Link.PROPOSAL_ID, """
            SELECT c.id AS "id", c.proposal_id AS "proposalId", c.parent_id AS "parentId", c.body AS "body",
                   c.created_at AS "createdAt", c.edited_at AS "editedAt", c.deleted_at AS "deletedAt",
                   CASE WHEN c.hidden_at IS NULL THEN FALSE ELSE TRUE END AS "hidden", c.hidden_at AS "hiddenAt",
                   c.hidden_cause AS "hiddenCause", c.hidden_reason AS "hiddenReason"
            FROM comment c WHERE c.account_id = ? ORDER BY c.created_at, c.id""", p -> List.of(p.id())),

    REPORTS("reports", Link.PROPOSAL_ID, """
            SELECT r.id AS "id", r.target_kind AS "targetKind", r.target_id AS "targetId",
                   r.proposal_id AS "proposalId", r.reason AS "reason", r.details AS "details",
                   r.created_at AS "createdAt", r.reviewed_at AS "reviewedAt",
                   r.from_new_account AS "fromNewAccount"
            FROM report r WHERE r.account_id = ? ORDER BY r.created_at, r.id""", p -> List.of(p.id())),

    NOTIFICATIONS("notifications", Link.PROPOSAL_ID, """
            SELECT n.id AS "id", n.kind AS "kind", n.proposal_id AS "proposalId", n.decision AS "decision",
                   n.created_at AS "createdAt", n.read_at AS "readAt"
            FROM notification n WHERE n.account_id = ? ORDER BY n.created_at, n.id""", p -> List.of(p.id())),

    FOLLOWS("follows", Link.NONE, """
            SELECT f.kind AS "kind", f.target_id AS "targetId", f.created_at AS "since"
            FROM follow f WHERE f.account_id = ? ORDER BY f.created_at, f.id""", p -> List.of(p.id())),

    MAIL_CHOICES("mailChoices", Link.NONE, """
            SELECT c.kind AS "kind", c.cadence AS "cadence", c.changed_at AS "changedAt"
            FROM notice_preference c WHERE c.account_id = ? ORDER BY c.kind""", p -> List.of(p.id())),

    DIGESTS("digests", Link.NONE, """
            SELECT d.id AS "id", d.cadence AS "cadence", d.period_start AS "periodStart", d.period_end AS "periodEnd",
                   d.state AS "state", d.sent_at AS "sentAt"
            FROM digest_mail d WHERE d.account_id = ? ORDER BY d.created_at, d.id""", p -> List.of(p.id())),

    GUESTBOOK("guestbook", Link.NONE, """
            SELECT m.id AS "id", m.relation AS "relation", m.from_place AS "place", m.body AS "body",
                   m.status AS "status", m.created_at AS "createdAt", m.published_at AS "publishedAt",
                   m.reply AS "townReply", m.replied_at AS "repliedAt"
            FROM guestbook_message m WHERE m.account_id = ? ORDER BY m.id""", p -> List.of(p.id())),

    CONTEST_PHOTOS("contestPhotos", Link.NONE, """
            SELECT p.id AS "id", p.contest_id AS "contestId", p.title AS "title", p.place_label AS "place",
                   p.credit AS "credit", p.licence AS "licence", p.status AS "status",
                   p.rejection_reason AS "rejectionReason", p.created_at AS "submittedAt",
                   p.consent_at AS "consentConfirmedAt", p.approved_at AS "approvedAt"
            FROM contest_photo p WHERE p.account_id = ? ORDER BY p.id""", p -> List.of(p.id())),

    CONTEST_VOTES("contestVotes", Link.NONE, """
            SELECT v.contest_id AS "contestId", v.photo_id AS "photoId", v.created_at AS "votedAt"
            FROM contest_vote v WHERE v.account_id = ? ORDER BY v.id""", p -> List.of(p.id())),

    PLEDGES("pledges", Link.NONE, """
            SELECT p.id AS "id", p.campaign_id AS "campaignId", c.title AS "campaign", p.amount_cents AS "amountCents",
                   p.state AS "state", p.anonymous AS "anonymous", r.title AS "reward", p.provider AS "paymentService",
                   p.payment_id AS "paymentId", p.receipt_year AS "receiptYear", p.receipt_number AS "receiptNumber",
                   p.created_at AS "createdAt", p.paid_at AS "paidAt", p.ended_at AS "endedAt"
            FROM funding_pledge p JOIN funding_campaign c ON c.id = p.campaign_id
            LEFT JOIN funding_reward r ON r.id = p.reward_id
            WHERE p.account_id = ? ORDER BY p.id""", p -> List.of(p.id())),

    HELP_OFFERED("helpOffered", Link.NONE, """
            SELECT o.id AS "id", o.campaign_id AS "campaignId", n.title AS "need", o.quantity AS "quantity",
                   o.note AS "note", o.anonymous AS "anonymous", o.created_at AS "createdAt"
            FROM funding_offer o JOIN funding_need n ON n.id = o.need_id
            WHERE o.account_id = ? ORDER BY o.id""", p -> List.of(p.id())),

    TAX_RECEIPTS("taxReceipts", Link.NONE, """
            SELECT t.tax_year AS "year", t.receipt_number AS "number", t.amount_cents AS "amountCents",
                   t.donations AS "donations", t.backer_name AS "name", t.postal_address AS "postalAddress",
                   t.issued_at AS "issuedAt"
            FROM funding_tax_receipt t WHERE t.account_id = ? ORDER BY t.tax_year""", p -> List.of(p.id())),

    MAIL("mail", Link.NONE, """
            SELECT m.id AS "id", m.subject AS "subject", m.body AS "body", m.created_at AS "createdAt",
                   m.state AS "state", m.sent_at AS "sentAt"
            FROM mail_outbox m WHERE m.recipient = ? ORDER BY m.created_at, m.id""", p -> Arrays.asList(p.email())),

    ACCESS_TOKENS("accessTokens", Link.NONE, """
            SELECT t.id AS "id", t.name AS "name", t.token_start AS "start", t.scope AS "scope",
                   t.created_at AS "createdAt", t.last_used_at AS "lastUsedAt", t.expires_at AS "expiresAt",
                   t.revoked_at AS "revokedAt"
            FROM access_token t WHERE t.account_id = ? ORDER BY t.created_at, t.id""", p -> List.of(p.id())),

    SIGN_IN_IDENTITIES("signInIdentities", Link.NONE, """
            SELECT i.provider AS "provider", i.subject AS "subject", i.created_at AS "linkedAt"
            FROM account_identity i WHERE i.account_id = ? ORDER BY i.created_at, i.id""", p -> List.of(p.id())),

    MAILED_LINKS("mailedLinks", Link.NONE, """
            SELECT l.purpose AS "purpose", l.new_email AS "newEmail", l.created_at AS "createdAt",
                   l.expires_at AS "expiresAt", l.used_at AS "usedAt"
            FROM account_link l WHERE l.account_id = ? ORDER BY l.created_at, l.id""", p -> List.of(p.id())),

    AUDIT_LOG("auditLog", Link.NONE, """
            SELECT e.action AS "action", e.target_kind AS "targetKind", e.target_id AS "targetId",
                   e.reason AS "reason", e.created_at AS "createdAt",
                   CASE WHEN e.actor_id = ? THEN TRUE ELSE FALSE END AS "byYou"
            FROM audit_entry e
            WHERE e.actor_id = ? OR (e.target_kind = 'ACCOUNT' AND e.target_id = ?)
               OR (e.target_kind = 'PROPOSAL' AND e.target_id IN (SELECT p.id FROM proposal p WHERE p.author_id = ?))
               OR (e.target_kind = 'COMMENT' AND e.target_id IN (SELECT c.id FROM comment c WHERE c.account_id = ?))
            ORDER BY e.created_at, e.id""", p -> List.of(p.id(), p.id(), p.id(), p.id(), p.id())),

    RECENT_ACTIONS("recentActions", Link.NONE, """
            SELECT e.limit_name AS "limit", e.happened_at AS "at"
            FROM rate_event e WHERE e.subject = ? OR e.subject = ? ORDER BY e.happened_at, e.id""",
            p -> Arrays.asList(Long.toString(p.id()), p.emailKey())),

    ANSWERS("answers", Link.PROPOSAL_ID, """
            SELECT a.id AS "id", a.proposal_id AS "proposalId", a.decision AS "decision", a.body AS "body",
                   a.cost_estimate AS "costEstimate", a.planned_on AS "plannedOn", a.created_at AS "createdAt"
            FROM answer a WHERE a.official_id = ? ORDER BY a.created_at, a.id""", p -> List.of(p.id())),

    PUBLICATIONS("publications", Link.PROPOSAL_ID, """
            SELECT p.id AS "id", p.network AS "network", p.proposal_id AS "proposalId", p.text AS "text",
                   p.created_at AS "createdAt", p.state AS "state", p.sent_at AS "sentAt", p.remote_url AS "remoteUrl"
            FROM publication p WHERE p.requested_by = ? ORDER BY p.created_at, p.id""", p -> List.of(p.id())),

    SETTINGS("settingsChanged", Link.NONE, """
            SELECT s.setting_key AS "key", s.value AS "value", s.updated_at AS "updatedAt"
            FROM setting s WHERE s.updated_by = ? ORDER BY s.setting_key""", p -> List.of(p.id()));

    /** Whom the file is about: their account id, address and email key (what other tables know them by). */
    record Person(long id, String email, String emailKey) {
    }

    /** The portal's address a row is about, added as {@code url} (and {@code thumbnailUrl} for a photo). */
    enum Link { NONE, PROPOSAL, PROPOSAL_ID, PHOTO }

    private final String key;
    private final Link link;
    private final String sql;
    private final Function<Person, List<Object>> parameters;

    MyDataSection(String key, Link link, String sql, Function<Person, List<Object>> parameters) {
        this.key = key;
        this.link = link;
        this.sql = sql;
        this.parameters = parameters;
    }

    /** The section's name in the file. */
    String key() {
        return key;
    }

    Link link() {
        return link;
    }

    String sql() {
        return sql;
    }

    List<Object> parameters(Person person) {
        return parameters.apply(person);
    }
}
