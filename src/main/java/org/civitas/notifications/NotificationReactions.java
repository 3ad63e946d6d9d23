package org.civitas.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountDeleted;
import org.civitas.budgets.IdeaReviewed;
import org.civitas.comments.CommentPosted;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailOutbox;
import org.civitas.platform.mail.MailSettings;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalAnswered;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalParticipants;
import org.civitas.proposals.ProposalPublished;
import org.civitas.proposals.ProposalReader;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells the people concerned by a proposal that it was answered: everyone who takes part in it (its author, its
 * voters, its commenters: {@link ProposalParticipants}), active accounts only, not the official who answered. One
 * notification each in the portal and, when mail is configured, one mail each in their language (through the mail
 * outbox), written in the answer's transaction by set-based statements: answering a proposal with 10,000 voters costs
 * the same number of statements as with one. A deleted account's notifications go with it.
 */
@ApplicationScoped
public class NotificationReactions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<ProposalParticipants> participants;

    @Inject
    private ProposalReader proposals;

    @Inject
    private MailSettings mail;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    void answered(@Observes ProposalAnswered event) {
        Proposal proposal = proposals.openToAll(event.proposalId()).orElseThrow(ProposalNotFoundException::new);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> concernedParameters = new ArrayList<>();
        String concerned = concerned(event, concernedParameters);
        Query notify = em.createNativeQuery("INSERT INTO notification (version, account_id, kind, proposal_id, decision, "
                + "created_at) SELECT 1, a.id, 'ANSWER', ?, ?, ? FROM account a WHERE " + concerned);
        bind(notify, List.of(event.proposalId(), event.decision().name(), now), concernedParameters).executeUpdate();
        String link = mail.publicUrl() + ProposalAddress.of(proposal);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            List<Object> parameters = new ArrayList<>();
            parameters.add(locale.getLanguage());
            parameters.addAll(concernedParameters);
            outbox.enqueueToEach("SELECT a.email FROM account a WHERE a.locale = ? AND " + concerned, parameters,
                    Texts.get(locale, "mail.answer.subject", proposal.getTitle()),
                    Texts.get(locale, "mail.answer.body", proposal.getTitle(),
                            Texts.get(locale, "status." + event.decision().name()), link));
        }
    }

    /**
     * Tells an idea's author that the technical review of their participatory budget assessed it (feasible, not, or
     * merged into another idea, where they are credited): one notification, and one mail when mail is configured.
     */
    void ideaReviewed(@Observes IdeaReviewed event) {
        Proposal idea = proposals.openToAll(event.ideaId()).orElseThrow(ProposalNotFoundException::new);
        String author = Account.REACHABLE_SQL + " AND a.id = ?";
        Query notify = em.createNativeQuery("INSERT INTO notification (version, account_id, kind, proposal_id, created_at) "
                + "SELECT 1, a.id, 'IDEA', ?, ? FROM account a WHERE " + author);
        bind(notify, List.of(event.ideaId(), Timestamp.from(clock.instant())), List.of(event.authorId())).executeUpdate();
        String link = mail.publicUrl() + ProposalAddress.of(idea);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            outbox.enqueueToEach("SELECT a.email FROM account a WHERE a.locale = ? AND " + author,
                    List.of(locale.getLanguage(), event.authorId()),
                    Texts.get(locale, "mail.idea.subject", idea.getTitle()),
                    Texts.get(locale, "mail.idea.body", idea.getTitle(),
                            Texts.get(locale, event.verdict().messageKey()), link));
        }
    }

    /**
     * A comment posted: its reply and the proposal's followers are told once it commits (a fan-out in the outbox,
     * written here in the comment's transaction, so that nothing is lost and the commenter waits for no one).
     */
    void commented(@Observes CommentPosted event) {
        em.persist(new NoticeFanOut(NoticeFanOut.Kind.COMMENT, event.proposalId(), event.authorId(),
                event.parentAuthorId(), clock.instant()));
    }

    /** A proposal published: whoever follows its theme, its district or its author is told, as for a comment. */
    void published(@Observes ProposalPublished event) {
        em.persist(new NoticeFanOut(NoticeFanOut.Kind.NEW_PROPOSAL, event.proposalId(), event.authorId(), null,
                clock.instant()));
    }

    void accountDeleted(@Observes AccountDeleted event) {
        em.createQuery("DELETE FROM Notification n WHERE n.accountId = :a").setParameter("a", event.accountId())
                .executeUpdate();
    }

    /** Who is told, as a condition on {@code account a}, adding its parameters to {@code parameters}. */
    private String concerned(ProposalAnswered event, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(Account.REACHABLE_SQL).append(" AND a.id <> ? AND (");
        parameters.add(event.officialId());
        String or = "";
        for (ProposalParticipants kind : participants) {
            sql.append(or).append("a.id IN (").append(kind.accountIdsSql()).append(')');
            parameters.add(event.proposalId());
            or = " OR ";
        }
        return sql.append(')').toString();
    }

    private static Query bind(Query query, List<Object> first, List<Object> then) {
        int i = 1;
        for (Object value : first) {
            query.setParameter(i++, value);
        }
        for (Object value : then) {
            query.setParameter(i++, value);
        }
        return query;
    }

}
