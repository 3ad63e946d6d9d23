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
import org.civitas.platform.Callers;
import org.civitas.platform.Paragraphs;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalNotFoundException;
import org.civitas.proposals.ProposalPage;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Officials answering proposals. Each public method is one transaction. */
@Stateless
public class ReviewService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ProposalReader proposals;

    @Inject
    private AccountService accounts;

    @Inject
    private Answering answering;

    @Resource
    private SessionContext session;

    /** The caller, an official, answers a proposal, in one transaction ({@link Answering}). */
    @RolesAllowed(Role.Names.OFFICIAL)
    public Answer answer(long proposalId, @NotNull @Valid AnswerForm form) {
        return answering.answer(Callers.requireAccountId(session), proposalId, form);
    }

    /** A proposal's answers, newest first, for anyone who may see the proposal. */
    @PermitAll
    public List<AnswerShown> answers(long proposalId) {
        proposals.find(proposalId).orElseThrow(ProposalNotFoundException::new);
        return answersOf(proposalId);
    }

    /** The same, for a proposal's page: the page was read for this caller, who may therefore see the proposal. */
    @PermitAll
    public List<AnswerShown> answers(@NotNull ProposalPage page) {
        return answersOf(page.id());
    }

    /**
     * The newest answers to proposals everyone sees (the answers' feed), with what an entry needs of its proposal:
     * answers are read newest first, and those whose proposal is hidden or gone are left out.
     */
    @PermitAll
    public List<FeedAnswer> newest(int max) {
        List<FeedAnswer> entries = new ArrayList<>();
        int batch = Math.max(1, Math.min(max, 200));
        for (int first = 0; entries.size() < batch; first += batch) {
            List<Answer> answers = em.createQuery("SELECT a FROM Answer a ORDER BY a.createdAt DESC, a.id DESC",
                    Answer.class).setFirstResult(first).setMaxResults(batch).getResultList();
            Map<Long, ProposalRow> shown = proposals.rows(Set.copyOf(
                    answers.stream().map(Answer::getProposalId).toList()));
            answers.stream().filter(a -> shown.containsKey(a.getProposalId())).limit(batch - entries.size())
                    .forEach(a -> entries.add(new FeedAnswer(a.getId(), shown.get(a.getProposalId()), a.getDecision(),
                            a.getBody(), a.getCreatedAt())));
            if (answers.size() < batch) {
                break;
            }
        }
        return entries;
    }

    private List<AnswerShown> answersOf(long proposalId) {
        List<Answer> answers = em.createQuery("SELECT a FROM Answer a WHERE a.proposalId = :p "
                + "ORDER BY a.createdAt DESC, a.id DESC", Answer.class).setParameter("p", proposalId).getResultList();
        Map<Long, AccountService.PublicProfile> officials = accounts.publicProfiles(
                answers.stream().map(Answer::getOfficialId).toList());
        return answers.stream().map(a -> new AnswerShown(a.getId(), a.getDecision(),
                officials.containsKey(a.getOfficialId()) ? officials.get(a.getOfficialId()).displayName() : null,
                Paragraphs.of(a.getBody()), a.getBody(), a.getCostEstimate(), a.getPlannedOn(),
                a.getCreatedAt())).toList();
    }
}
