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
 *   <li>a proposal published: {@code NEW_PROPOSAL} to whoever follows its theme, its district or its author, except
 *   the author;</li>
 *   <li>a step of a budget's funded project: {@code MILESTONE} to whoever follows the idea it grew from.</li>
 * </ul>
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
            case COMMENT -> commented(fanOut, at);
            case NEW_PROPOSAL -> published(fanOut, proposal.get(), at);
            case MILESTONE -> insert("MILESTONE", fanOut, at, "a.id <> ? AND a.id IN ("
                    + Followers.of(FollowKind.PROPOSAL) + ")", List.of(fanOut.getActorId(), fanOut.getProposalId()));
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
            mailEach(concerned, parameters, proposal, "mail.answer.subject", "mail.answer.body",
                    locale -> Texts.get(locale, "status." + fanOut.getDecision().name()));
        }
        return told;
    }

    private int ideaReviewed(NoticeFanOut fanOut, Proposal idea, Timestamp at) {
        String author = "a.id = ?";
        int told = insert("IDEA", fanOut, at, author, List.of(fanOut.getRepliedTo()));
        if (fanOut.isWithMail()) {
            mailEach(author, List.of(fanOut.getRepliedTo()), idea, "mail.idea.subject", "mail.idea.body",
                    locale -> Texts.get(locale, fanOut.getVerdict().messageKey()));
        }
        return told;
    }

    private int commented(NoticeFanOut fanOut, Timestamp at) {
        int told = 0;
        List<Object> parameters = new ArrayList<>(List.of(fanOut.getActorId()));
        StringBuilder who = new StringBuilder("a.id <> ?");
        if (fanOut.getRepliedTo() != null) {
            told += insert("REPLY", fanOut, at, "a.id <> ? AND a.id = ?",
                    List.of(fanOut.getActorId(), fanOut.getRepliedTo()));
            who.append(" AND a.id <> ?");
            parameters.add(fanOut.getRepliedTo());
        }
        who.append(" AND a.id IN (").append(Followers.of(FollowKind.PROPOSAL)).append(')');
        parameters.add(fanOut.getProposalId());
        return told + insert("COMMENT", fanOut, at, who.toString(), parameters);
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
        return insert("NEW_PROPOSAL", fanOut, at, who.append(')').toString(), parameters);
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
     * One mail through the outbox to every reachable account {@code who} selects, in its language: the subject names
     * the proposal, the body the proposal, what happened to it ({@code what}) and its address.
     */
    private void mailEach(String who, List<Object> whoParameters, Proposal proposal, String subjectKey, String bodyKey,
                          Function<Locale, String> what) {
        String link = mail.publicUrl() + ProposalAddress.of(proposal);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            List<Object> recipients = new ArrayList<>(List.of(locale.getLanguage()));
            recipients.addAll(whoParameters);
            outbox.enqueueToEach("SELECT a.email FROM account a WHERE a.locale = ? AND " + Account.REACHABLE_SQL
                            + " AND " + who, recipients, Texts.get(locale, subjectKey, proposal.getTitle()),
                    Texts.get(locale, bodyKey, proposal.getTitle(), what.apply(locale), link));
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
