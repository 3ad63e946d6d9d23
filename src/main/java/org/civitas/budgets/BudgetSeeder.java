package org.civitas.budgets;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.proposals.District;
import org.civitas.proposals.Earmark;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalSeeder;
import org.civitas.proposals.TaxonomyService;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Writes budgets as they would have been set up, for the demo town (which seeds as nobody in particular, hence no role,
 * and no audit line: nobody did it): the budget (every rule an administrator's budget meets applies), then, for a
 * budget whose story is told in the past, its ideas, their assessments, the projects published and the residents'
 * ballots, each at the clock's time (which the demo sets in the past).
 */
@Stateless
@PermitAll
public class BudgetSeeder {

    private static final SecureRandom TOKENS = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BudgetStore store;

    @Inject
    private ProposalSeeder proposals;

    @Inject
    private ProposalReader reader;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private Clock clock;

    public Budget seed(@NotNull @Valid BudgetDraft draft, @NotNull List<@NotNull @Valid EnvelopeDraft> envelopes) {
        return store.create(draft, envelopes);
    }

    /**
     * An idea published now by a resident for an envelope of a budget taking ideas (the whole town's when
     * {@code district} is null); its supports close with the submission phase, as for any idea.
     */
    public Proposal idea(long budgetId, String district, long authorId, @NotNull @Valid ProposalDraft text,
                         long estimatedCost) {
        Budget budget = em.find(Budget.class, budgetId);
        Long districtId = district == null ? null : taxonomy.allDistricts().stream()
                .filter(d -> d.getCode().equals(district)).map(District::getId).findFirst().orElseThrow();
        Envelope envelope = store.envelopes(budgetId).stream()
                .filter(e -> Objects.equals(e.getDistrictId(), districtId)).findFirst().orElseThrow();
        ProposalDraft draft = new ProposalDraft(text.title(), text.summary(), text.body(), text.themeCode(), district);
        return proposals.published(authorId, draft, new Earmark(envelope.getId(), estimatedCost,
                store.startOf(budget, Phase.REVIEW)));
    }

    /** An official's assessment of an idea, now ({@code mergedIntoIdea}: for a duplicate, the idea it joins). */
    public void assess(long ideaId, Verdict verdict, String title, Long cost, String reason, Long mergedIntoIdea,
                       long officialId) {
        Proposal idea = reader.find(ideaId).orElseThrow();
        Envelope envelope = store.envelope(idea.getEnvelopeId()).orElseThrow();
        Long mergedInto = mergedIntoIdea == null ? null : project(mergedIntoIdea).getId();
        Project project = new Project(envelope.getBudgetId(), envelope.getId(), ideaId);
        project.assess(verdict, title, cost, reason, mergedInto, officialId, clock.instant());
        em.persist(project);
        em.flush();
    }

    /** The budget's projects published now: the feasible ones go to the vote. */
    public void publishProjects(long budgetId) {
        em.find(Budget.class, budgetId).publishProjects(clock.instant());
    }

    /**
     * A resident's ballot confirmed now in the envelope of the idea's projects (all of one envelope), declared first
     * with their district when they have not yet.
     */
    public void ballot(long budgetId, long accountId, String district, List<Long> ideaIds) {
        Voter voter = em.createQuery("SELECT v FROM Voter v WHERE v.budgetId = :b AND v.accountId = :a", Voter.class)
                .setParameter("b", budgetId).setParameter("a", accountId).getResultStream().findFirst().orElse(null);
        if (voter == null) {
            Long districtId = district == null ? null : taxonomy.allDistricts().stream()
                    .filter(d -> d.getCode().equals(district)).map(District::getId).findFirst().orElseThrow();
            voter = new Voter(budgetId, accountId, districtId, clock.instant());
            em.persist(voter);
            em.flush();
        }
        List<Project> projects = ideaIds.stream().map(this::project).toList();
        long envelopeId = projects.get(0).getEnvelopeId();
        byte[] random = new byte[16];
        TOKENS.nextBytes(random);
        Ballot ballot = new Ballot(envelopeId, voter.getId(), false, HexFormat.of().formatHex(random), clock.instant());
        em.persist(ballot);
        em.flush();
        for (Project project : projects) {
            em.createNativeQuery("INSERT INTO budget_basket_item (voter_id, envelope_id, project_id, added_at) "
                            + "VALUES (?, ?, ?, ?)").setParameter(1, voter.getId()).setParameter(2, envelopeId)
                    .setParameter(3, project.getId()).setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
            em.createNativeQuery("INSERT INTO budget_ballot_choice (ballot_id, project_id) VALUES (?, ?)")
                    .setParameter(1, ballot.getId()).setParameter(2, project.getId()).executeUpdate();
        }
    }

    /** A milestone of an idea's project, posted now by an official. */
    public void milestone(long ideaId, @NotNull @Valid MilestoneDraft draft, long officialId) {
        em.persist(new Milestone(project(ideaId).getId(), draft, officialId, clock.instant()));
    }

    private Project project(long ideaId) {
        return em.createQuery("SELECT x FROM Project x WHERE x.ideaId = :i", Project.class).setParameter("i", ideaId)
                .getSingleResult();
    }
}
