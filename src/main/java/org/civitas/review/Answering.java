package org.civitas.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.platform.AuditLog;
import org.civitas.proposals.ProposalAnswered;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalReader;

import java.time.Clock;

/**
 * What an official's answer does once the official is known: the answer is stored and shown on its page, the audit log
 * records it, and {@link ProposalAnswered} moves the proposal (closing its voting if it was open) and tells the people
 * concerned (in the portal, and by mail through the outbox), all in the caller's transaction: a decision the
 * proposal's status does not allow leaves nothing behind. A plain bean: {@link ReviewService} answers for a signed-in
 * official, {@link ReviewSeeder} for the demo town's.
 */
@ApplicationScoped
class Answering {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalReader proposals;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<ProposalAnswered> answered;

    @Inject
    private Clock clock;

    Answer answer(long official, long proposalId, AnswerForm form) {
        proposals.openToAll(proposalId).orElseThrow(ProposalNotFoundException::new);
        Answer answer = new Answer(proposalId, official, form, clock.instant());
        em.persist(answer);
        em.flush();
        answered.fire(new ProposalAnswered(proposalId, answer.getId(), form.decision(), official));
        answer.madeStep(proposals.lastChangeId(proposalId));
        audit.recordBy(official, "ANSWER_" + form.decision().name(), "PROPOSAL", proposalId, null);
        return answer;
    }
}
