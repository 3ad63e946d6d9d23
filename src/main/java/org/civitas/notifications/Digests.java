package org.civitas.notifications;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.Account;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailSettings;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalReader;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The daily and weekly digests. A run prepares, for one period, a digest for every person who has news in it (unread
 * notifications of the kinds they want in that digest) in one {@code INSERT ... SELECT}, however many they are:
 * nobody else costs anything (the lesson of Decidim's digest jobs, which visited every account). The outbox then sends
 * them ({@link DigestCourier}), each written when it is sent, in its person's language, from what is still unread and
 * still public. A period is prepared once: its end is unique per cadence, so that two servers, or a run asked for by
 * hand while the timer's own runs, prepare it once between them.
 */
@Stateless
@PermitAll
public class Digests {

    /**
     * A person's news for a digest, as SQL over {@code account a} and {@code notification n}: their unread
     * notifications created in the period ({@code ?} from, {@code ?} to) of the kinds they want in that cadence
     * ({@code ?}). The same condition chooses who gets a digest and what it says.
     */
    private static final String NEWS = "n.account_id = a.id AND n.read_at IS NULL AND n.created_at >= ? "
            + "AND n.created_at < ? AND " + NoticeKind.cadenceSql("n.kind") + " = ?";

    /** The most lines a digest lists; the rest are counted, with the link to the notifications page. */
    static final int MOST = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSettings mail;

    @Inject
    private ProposalReader proposals;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** A digest ready to send. */
    public record Letter(String recipient, String subject, String body, long accountId, String topic) {
    }

    /**
     * Prepares the digests of a cadence for the period that ends at {@code end} and starts where the last run of that
     * cadence ended (or a day, a week before, for the first). Returns the run, or empty when mail is not configured
     * (nobody could receive them). A period already prepared: a CONFLICT failure.
     */
    public Optional<DigestRun> run(Cadence cadence, Instant end, Long actorId) {
        if (!cadence.isDigest()) {
            throw new IllegalArgumentException(cadence + " is not a digest");
        }
        if (!mail.isEnabled()) {
            return Optional.empty();
        }
        List<DigestRun> last = em.createQuery("SELECT r FROM DigestRun r WHERE r.cadence = :c "
                        + "ORDER BY r.periodEnd DESC", DigestRun.class).setParameter("c", cadence).setMaxResults(1)
                .getResultList();
        if (!last.isEmpty() && !last.get(0).getPeriodEnd().isBefore(end)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "digest.alreadyRun");
        }
        Instant start = last.isEmpty() ? end.minus(Duration.ofDays(cadence == Cadence.DAILY ? 1 : 7))
                : last.get(0).getPeriodEnd();
        Instant now = clock.instant();
        DigestRun run = new DigestRun(cadence, start, end, now);
        em.persist(run);
        em.flush();
        Timestamp from = Timestamp.from(start);
        Timestamp to = Timestamp.from(end);
        Timestamp at = Timestamp.from(now);
        int prepared = em.createNativeQuery("INSERT INTO digest_mail (version, run_id, account_id, cadence, "
                        + "period_start, period_end, created_at, state, attempts, next_attempt_at) "
                        + "SELECT 1, ?, a.id, ?, ?, ?, ?, 'PENDING', 0, ? FROM account a WHERE " + Account.REACHABLE_SQL
                        + " AND a.email IS NOT NULL AND EXISTS (SELECT 1 FROM notification n WHERE " + NEWS + ")")
                .setParameter(1, run.getId()).setParameter(2, cadence.name()).setParameter(3, from)
                .setParameter(4, to).setParameter(5, at).setParameter(6, at)
                .setParameter(7, from).setParameter(8, to).setParameter(9, cadence.name())
                .executeUpdate();
        run.finished(prepared, clock.instant());
        audit.recordBy(actorId, "DIGEST_RUN", "DIGEST", run.getId(), cadence.name() + " " + prepared);
        return Optional.of(run);
    }

    /** An administrator prepares a digest now, for the period since the last run (after an outage, or to try it). */
    @RolesAllowed(Role.Names.ADMIN)
    public Optional<DigestRun> runNow(Cadence cadence) {
        if (!cadence.isDigest()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "digest.notDigest");
        }
        return run(cadence, clock.instant(), Callers.requireAccountId(session));
    }

    /** The last runs, the latest first: for the operators. */
    public List<DigestRun> lastRuns(int max) {
        return em.createQuery("SELECT r FROM DigestRun r ORDER BY r.startedAt DESC, r.id DESC", DigestRun.class)
                .setMaxResults(max).getResultList();
    }

    /**
     * The text of a digest, in its person's language: what is still unread and public of its period, the latest first.
     * Empty when there is nothing left to tell (all read since, hidden, or the account gone): nothing is sent.
     */
    public Optional<Letter> letter(long digestId) {
        DigestMail digest = em.find(DigestMail.class, digestId);
        Account account = digest == null ? null : em.find(Account.class, digest.getAccountId());
        if (account == null || account.isDeleted() || account.isBlocked() || account.getEmail() == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT n.kind, n.proposal_id, n.decision FROM account a "
                        + "JOIN notification n ON n.account_id = a.id WHERE a.id = ? AND " + NEWS
                        + " ORDER BY n.created_at DESC, n.id DESC")
                .setParameter(1, digest.getAccountId()).setParameter(2, Timestamp.from(digest.getPeriodStart()))
                .setParameter(3, Timestamp.from(digest.getPeriodEnd())).setParameter(4, digest.getCadence().name())
                .setMaxResults(MOST * 3).getResultList();
        Locale locale = Texts.supported(account.getLocale());
        StringBuilder lines = new StringBuilder();
        int listed = 0;
        int more = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Optional<Proposal> proposal = proposals.openToAll(((Number) columns[1]).longValue());
            Optional<NoticeKind> kind = NoticeKind.parse((String) columns[0]);
            if (proposal.isEmpty() || kind.isEmpty()) {
                continue;
            }
            if (listed == MOST) {
                more++;
                continue;
            }
            String decision = columns[2] == null ? null
                    : Texts.get(locale, "status." + columns[2]);
            lines.append("• ").append(Texts.get(locale, kind.get().lineKey(), proposal.get().getTitle(), decision))
                    .append("\n  ").append(mail.publicUrl()).append(ProposalAddress.of(proposal.get())).append("\n\n");
            listed++;
        }
        if (listed == 0) {
            return Optional.empty();
        }
        String cadence = digest.getCadence().name();
        String body = Texts.get(locale, "digest." + cadence + ".intro") + "\n\n" + lines
                + (more > 0 ? Texts.get(locale, "digest.more", more, mail.publicUrl() + "/account/notifications.xhtml")
                + "\n\n" : "")
                + NoticePreferences.mailFooter(locale, mail.publicUrl());
        return Optional.of(new Letter(account.getEmail(), Texts.get(locale, "digest." + cadence + ".subject",
                listed + more), body, account.getId(), cadence));
    }
}
