package org.civitas.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.civitas.accounts.Account;
import org.civitas.budgets.BudgetService;
import org.civitas.following.FollowKind;
import org.civitas.following.Followers;
import org.civitas.platform.Texts;
import org.civitas.platform.mail.MailOutbox;
import org.civitas.platform.mail.MailSettings;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalParticipants;
import org.civitas.proposals.ProposalReader;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the notifications of one fan-out, each kind in one set-based statement whatever the number of people told:
 * <ul>
 *   <li>an answer: {@code ANSWER} to everyone who takes part in the proposal or follows it
 *   ({@link ProposalParticipants}: its author, voters, commenters, followers), not the official who answered, and one
 *   mail each in their language when mail is configured (through the mail outbox);</li>
 *   <li>an idea's technical review: {@code IDEA} to its author, and a mail when mail is configured;</li>
 *   <li>a comment: a reply to its author's comment ({@code REPLY}), a new comment ({@code COMMENT}) to whoever follows
 *   the proposal, except the commenter and the person already told of the reply;</li>
 *   <li>a proposal published: {@code NEW_PROPOSAL} to whoever follows its theme, its district or its author (a budget's
 *   idea: or the budget), except the author;</li>
 *   <li>a step of a budget's funded project: {@code MILESTONE} to whoever follows the idea it grew from or its
 *   budget.</li>
 * </ul>
 * With the notifications, the mail of those who want that kind at once ({@link NoticePreferences}); the digests
 * gather the others' later ({@link Digests}).
 * Only accounts that can be reached (neither deleted nor blocked); nothing about a proposal hidden since. The fan-out
 * is marked told in the transaction that writes its notifications: an attempt taken again after a server stopped
 * tells nobody twice.
 */
@Stateless
@PermitAll
public class FollowerNotices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalReader proposals;

    @Inject
    @Any
    private Instance<ProposalParticipants> participants;

    @Inject
    private MailSettings mail;

    @Inject
    private BudgetService budgets;

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    /** Tells the people of fan-out {@code id}, once; returns the notifications written. */
    public int tell(long id) {
        NoticeFanOut fanOut = em.find(NoticeFanOut.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (fanOut == null || fanOut.isTold()) {
            return 0;
        }
        fanOut.told(clock.instant());
        Optional<Proposal> proposal = proposals.openToAll(fanOut.getProposalId());
        if (proposal.isEmpty()) {
            return 0;
        }
        Timestamp at = Timestamp.from(fanOut.getCreatedAt());
        return switch (fanOut.getKind()) {
            case ANSWER -> answered(fanOut, proposal.get(), at);
            case IDEA -> ideaReviewed(fanOut, proposal.get(), at);
            case COMMENT -> commented(fanOut, proposal.get(), at);
            case NEW_PROPOSAL -> published(fanOut, proposal.get(), at);
            case MILESTONE -> milestone(fanOut, proposal.get(), at);
        };
    }

    private int answered(NoticeFanOut fanOut, Proposal proposal, Timestamp at) {
        List<Object> parameters = new ArrayList<>(List.of(fanOut.getActorId()));
        StringBuilder who = new StringBuilder("a.id <> ? AND (");
        String or = "";
        for (ProposalParticipants kind : participants) {
            who.append(or).append("a.id IN (").append(kind.accountIdsSql()).append(')');
            parameters.add(fanOut.getProposalId());
            or = " OR ";
        }
        String concerned = who.append(')').toString();
        Query notify = em.createNativeQuery("INSERT INTO notification (version, account_id, kind, proposal_id, decision, "
                + "created_at) SELECT 1, a.id, 'ANSWER', ?, ?, ? FROM account a WHERE " + Account.REACHABLE_SQL
                + " AND " + concerned);
        List<Object> all = new ArrayList<>(List.of(fanOut.getProposalId(), fanOut.getDecision().name(), at));
        all.addAll(parameters);
        int told = bind(notify, all).executeUpdate();
        if (fanOut.isWithMail()) {
            mailEach(NoticeKind.ANSWER, concerned, parameters, proposal,
                    locale -> Texts.get(locale, "status." + fanOut.getDecision().name()));
        }
        return told;
    }

    private int ideaReviewed(NoticeFanOut fanOut, Proposal idea, Timestamp at) {
        String author = "a.id = ?";
        int told = insert("IDEA", fanOut, at, author, List.of(fanOut.getRepliedTo()));
        if (fanOut.isWithMail()) {
            mailEach(NoticeKind.IDEA, author, List.of(fanOut.getRepliedTo()), idea,
                    locale -> Texts.get(locale, fanOut.getVerdict().messageKey()));
        }
        return told;
    }

    private int commented(NoticeFanOut fanOut, Proposal proposal, Timestamp at) {
        int told = 0;
        List<Object> parameters = new ArrayList<>(List.of(fanOut.getActorId()));
        StringBuilder who = new StringBuilder("a.id <> ?");
        if (fanOut.getRepliedTo() != null) {
            told += tellAndMail(NoticeKind.REPLY, fanOut, proposal, at, "a.id <> ? AND a.id = ?",
                    List.of(fanOut.getActorId(), fanOut.getRepliedTo()));
            who.append(" AND a.id <> ?");
            parameters.add(fanOut.getRepliedTo());
        }
        who.append(" AND a.id IN (").append(Followers.of(FollowKind.PROPOSAL)).append(')');
        parameters.add(fanOut.getProposalId());
        return told + tellAndMail(NoticeKind.COMMENT, fanOut, proposal, at, who.toString(), parameters);
    }

    private int milestone(NoticeFanOut fanOut, Proposal idea, Timestamp at) {
        List<Object> parameters = new ArrayList<>(List.of(fanOut.getActorId(), fanOut.getProposalId()));
        StringBuilder who = new StringBuilder("a.id <> ? AND (a.id IN (").append(Followers.of(FollowKind.PROPOSAL))
                .append(')');
        if (fanOut.getBudgetId() != null) {
            who.append(" OR a.id IN (").append(Followers.of(FollowKind.BUDGET)).append(')');
            parameters.add(fanOut.getBudgetId());
        }
        return tellAndMail(NoticeKind.MILESTONE, fanOut, idea, at, who.append(')').toString(), parameters);
    }

    private int published(NoticeFanOut fanOut, Proposal proposal, Timestamp at) {
        List<Object> parameters = new ArrayList<>(List.of(fanOut.getActorId(), proposal.getTheme().getId(),
                fanOut.getActorId()));
        StringBuilder who = new StringBuilder("a.id <> ? AND (a.id IN (").append(Followers.of(FollowKind.THEME))
                .append(") OR a.id IN (").append(Followers.of(FollowKind.PERSON)).append(')');
        if (proposal.getDistrict() != null) {
            who.append(" OR a.id IN (").append(Followers.of(FollowKind.DISTRICT)).append(')');
            parameters.add(proposal.getDistrict().getId());
        }
        Optional<Long> budget = proposal.isIdea() ? budgets.budgetOfEnvelope(proposal.getEnvelopeId()) : Optional.empty();
        if (budget.isPresent()) {
            who.append(" OR a.id IN (").append(Followers.of(FollowKind.BUDGET)).append(')');
            parameters.add(budget.get());
        }
        return tellAndMail(NoticeKind.NEW_PROPOSAL, fanOut, proposal, at, who.append(')').toString(), parameters);
    }

    /** The notifications of a kind, and the mail of those who want it at once (when the fan-out brings mail). */
    private int tellAndMail(NoticeKind kind, NoticeFanOut fanOut, Proposal proposal, Timestamp at, String who,
                            List<Object> whoParameters) {
        int told = insert(kind.name(), fanOut, at, who, whoParameters);
        if (told > 0 && fanOut.isWithMail()) {
            mailEach(kind, who, whoParameters, proposal, locale -> "");
        }
        return told;
    }

    /** One statement: a notification of {@code kind} for every reachable account {@code who} selects. */
    private int insert(String kind, NoticeFanOut fanOut, Timestamp at, String who, List<Object> whoParameters) {
        Query insert = em.createNativeQuery("INSERT INTO notification (version, account_id, kind, proposal_id, "
                + "created_at) SELECT 1, a.id, ?, ?, ? FROM account a WHERE " + Account.REACHABLE_SQL + " AND " + who);
        List<Object> all = new ArrayList<>(List.of(kind, fanOut.getProposalId(), at));
        all.addAll(whoParameters);
        return bind(insert, all).executeUpdate();
    }

    /**
     * One mail through the outbox to every reachable account {@code who} selects that wants this kind at once, in its
     * language: the subject names the proposal, the body the proposal, what happened to it ({@code what}), its address
     * and how to stop such mail (one click, or the page of one's choices).
     */
    private void mailEach(NoticeKind kind, String who, List<Object> whoParameters, Proposal proposal,
                          Function<Locale, String> what) {
        String link = mail.publicUrl() + ProposalAddress.of(proposal);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            List<Object> recipients = new ArrayList<>(List.of(locale.getLanguage()));
            recipients.addAll(whoParameters);
            String body = Texts.get(locale, "mail." + kind.name() + ".body", proposal.getTitle(), what.apply(locale), link)
                    + "\n\n" + NoticePreferences.mailFooter(locale, mail.publicUrl());
            outbox.enqueueToEach("SELECT a.email, a.id FROM account a WHERE a.locale = ? AND " + Account.REACHABLE_SQL
                            + " AND " + kind.cadenceSql() + " = 'IMMEDIATE' AND " + who, recipients, kind.name(),
                    Texts.get(locale, "mail." + kind.name() + ".subject", proposal.getTitle()), body);
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
