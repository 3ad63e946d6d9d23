package org.civitas.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainText;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalService;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Officials answering proposals. Each public method is one transaction. */
@Stateless
public class ReviewService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalService proposals;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * The caller, an official, answers a proposal: the decision moves it (closing its voting if it was open), the
     * answer is stored and shown on its page, the audit log records it, and the people concerned are notified (in
     * the portal, and by mail through the outbox), all in one transaction.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Answer answer(long proposalId, @NotNull @Valid AnswerForm form) {
        ProposalService.Decision decision = proposals.recordDecision(proposalId, form.decision());
        Proposal proposal = decision.proposal();
        long official = Callers.requireAccountId(session);
        Answer answer = new Answer(proposalId, decision.statusChangeId(), official, form, clock.instant());
        em.persist(answer);
        audit.record("ANSWER_" + form.decision().name(), "PROPOSAL", proposalId, null);
        notifications.answered(proposal, form.decision(), official);
        return answer;
    }

    /** A proposal's answers, newest first, for anyone who may see the proposal. */
    @PermitAll
    public List<AnswerShown> answers(long proposalId) {
        proposals.find(proposalId).orElseThrow(ProposalNotFoundException::new);
        List<Answer> answers = em.createQuery("SELECT a FROM Answer a WHERE a.proposalId = :p "
                + "ORDER BY a.createdAt DESC, a.id DESC", Answer.class).setParameter("p", proposalId).getResultList();
        Map<Long, AccountService.PublicProfile> officials = accounts.publicProfiles(
                answers.stream().map(Answer::getOfficialId).toList());
        return answers.stream().map(a -> new AnswerShown(a.getId(), a.getDecision(),
                officials.containsKey(a.getOfficialId()) ? officials.get(a.getOfficialId()).displayName() : null,
                PlainText.paragraphs(a.getBody()), a.getBody(), a.getCostEstimate(), a.getPlannedOn(),
                a.getCreatedAt())).toList();
    }
}
