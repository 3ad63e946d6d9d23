package org.civitas.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Registration;
import org.civitas.accounts.SeededAccount;
import org.civitas.comments.CommentSeeder;
import org.civitas.comments.CommentText;
import org.civitas.following.FollowKind;
import org.civitas.following.FollowSeeder;
import org.civitas.contests.ContestSeeder;
import org.civitas.galleries.GallerySeeder;
import org.civitas.publishing.Engagement;
import org.civitas.publishing.PublicationSeeder;
import org.civitas.watch.WatchSeeder;
import org.civitas.funding.FundingSeeder;
import org.civitas.proposals.ProposalStatus;
import org.civitas.guestbook.GuestbookSeeder;
import org.civitas.notifications.Cadence;
import org.civitas.notifications.NoticeChoiceSeeder;
import org.civitas.notifications.NoticeKind;
import org.civitas.demo.DemoPlan.CastVotes;
import org.civitas.demo.DemoPlan.Flag;
import org.civitas.demo.DemoPlan.Post;
import org.civitas.demo.DemoPlan.Publish;
import org.civitas.demo.DemoPlan.Respond;
import org.civitas.demo.DemoPlan.Share;
import org.civitas.demo.DemoPlan.Step;
import org.civitas.demo.DemoPlan.Withdraw;
import org.civitas.demo.DemoPlan.Write;
import org.civitas.moderation.ReportForm;
import org.civitas.moderation.ReportSeeder;
import org.civitas.moderation.ReportTarget;
import org.civitas.budgets.BudgetSeeder;
import org.civitas.places.Place;
import org.civitas.platform.Backdating;
import org.civitas.platform.Town;
import org.civitas.proposals.DistrictBoundaries;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalSeeder;
import org.civitas.proposals.TaxonomyService;
import org.civitas.review.AnswerForm;
import org.civitas.review.ReviewSeeder;
import org.civitas.sharing.ShareService;
import org.civitas.votes.SupportRules;
import org.civitas.votes.VoteSeeder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Seeds the demo town ({@link DemoPlan}) into a database that has no account, in one transaction: a database that
 * holds any account (a deleted one included) belongs to a town and never receives it, and a failure, or a second
 * server seeding at the same moment (its accounts' unique addresses collide), leaves nothing behind.
 * <p>
 * Each step goes through the feature that owns what it writes, as a request of that person would, with the clock at
 * the step's moment ({@link Backdating}): proposals, comments, reports and answers through their features' seeders,
 * which take the same path as their services (counts, events, the proposal's history, notifications, the audit log)
 * for an account named rather than signed in; shares through {@link ShareService#count}, as a visitor's click; votes in
 * bulk through {@link VoteSeeder}, whose javadoc says how tallies, day lines and the threshold stay exact. Between
 * steps the persistence context is flushed and cleared, so that each step reads the rows afresh, as a request of its
 * own would (the counters of a proposal's row are written through several entities).
 */
@Stateless
@PermitAll
public class DemoTown {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private ProposalSeeder proposals;

    @Inject
    private DistrictBoundaries boundaries;

    @Inject
    private GuestbookSeeder guestbook;

    @Inject
    private ContestSeeder contests;

    @Inject
    private GallerySeeder galleries;

    @Inject
    private PublicationSeeder publications;

    @Inject
    private VoteSeeder votes;

    @Inject
    private WatchSeeder watch;

    @Inject
    private FundingSeeder funding;

    @Inject
    private FollowSeeder follows;

    @Inject
    private NoticeChoiceSeeder noticeChoices;

    @Inject
    private CommentSeeder comments;

    @Inject
    private ReportSeeder reports;

    @Inject
    private ReviewSeeder review;

    @Inject
    private ShareService shares;

    @Inject
    private SupportRules supportRules;

    @Inject
    private BudgetSeeder budgets;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    /** How long a published proposal takes votes (days), as for any other. */
    @Inject
    @ConfigProperty(name = "civitas.voting.days", defaultValue = "90")
    private int votingDays;

    /** Seeds the demo town unless the database has an account; what was seeded, or empty when nothing was. */
    public Optional<DemoPlan.Summary> loadIfEmpty() {
        if (accounts.anyAccount()) {
            return Optional.empty();
        }
        DemoPlan plan = DemoPlan.of(LocalDate.now(clock.withZone(town.getZone())).atStartOfDay(town.getZone()),
                supportRules.threshold(), votingDays);
        taxonomy.seedIfEmpty(DemoStory.themes(), DemoStory.districts());
        boundaries.seedIfEmpty(DemoPlaces.boundaries());
        List<Long> residents = Backdating.at(plan.opened(), () -> accounts.registerWithRoles(plan.residents().stream()
                .map(r -> new SeededAccount(new Registration(r.name(), r.email(), DemoData.PASSWORD, r.locale()),
                        r.roles())).toList()));
        Story story = new Story(plan, residents);
        story.tell();
        // Alex Habitant, the demo citizen, follows a theme and their district: "What I follow" and the bell show it
        long alex = residents.get(plan.residentIndex("habitant"));
        follows.follow(alex, FollowKind.THEME, "environnement");
        follows.follow(alex, FollowKind.DISTRICT, "centre-ville");
        // ... and chose a weekly digest of new comments, and each step of the projects they follow at once
        noticeChoices.choose(alex, NoticeKind.COMMENT, Cadence.WEEKLY);
        noticeChoices.choose(alex, NoticeKind.MILESTONE, Cadence.IMMEDIATE);
        LocalDate today = LocalDate.now(clock.withZone(town.getZone()));
        new DemoBudgets(budgets, town.getZone(), today, key -> residents.get(plan.residentIndex(key)), residents).seed();
        DemoGuestbook.seed(guestbook, key -> residents.get(plan.residentIndex(key)));
        long seasons = DemoContests.seed(contests, today, key -> residents.get(plan.residentIndex(key)), residents);
        DemoContests.galleries(galleries, seasons, key -> residents.get(plan.residentIndex(key)));
        // The town posted its most shared proposals on its accounts; the dashboard shows what the posts achieved
        long official = residents.get(plan.residentIndex("elue"));
        List<Long> shared = plan.steps().stream().filter(Share.class::isInstance).map(s -> ((Share) s).idea())
                .distinct().limit(3).map(story.ideas::get).filter(Objects::nonNull).toList();
        int[][] figures = {{48, 12, 9}, {31, 7, 4}, {17, 3, 6}};
        for (int i = 0; i < shared.size(); i++) {
            publications.posted(shared.get(i), official, "mastodon", 20 - 5 * i,
                    new Engagement(figures[i][0], figures[i][1], figures[i][2]));
            publications.posted(shared.get(i), official, "facebook", 19 - 5 * i,
                    new Engagement(figures[i][0] * 3, figures[i][1] * 2, figures[i][2] * 2));
        }
        DemoWatch.seed(watch, key -> residents.get(plan.residentIndex(key)));
        // Citizen funding on the proposals the town accepted (and has not delivered yet)
        Map<Integer, ProposalStatus> decisions = new HashMap<>();
        plan.steps().stream().filter(Respond.class::isInstance).map(Respond.class::cast)
                .forEach(r -> decisions.put(r.idea(), r.reply().decision()));
        List<Long> accepted = decisions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue() == ProposalStatus.ACCEPTED || e.getValue() == ProposalStatus.IN_PROGRESS)
                .map(e -> story.ideas.get(e.getKey())).filter(Objects::nonNull).toList();
        DemoFunding.seed(funding, accepted, today, key -> residents.get(plan.residentIndex(key)));
        return Optional.of(plan.summary());
    }

    /** The plan told step by step, with the ids its proposals and comments received. */
    private final class Story {

        private final DemoPlan plan;
        private final List<Long> residents;
        private final Map<Integer, Long> ideas = new HashMap<>();
        private final Map<Integer, Long> posts = new HashMap<>();

        Story(DemoPlan plan, List<Long> residents) {
            this.plan = plan;
            this.residents = residents;
        }

        void tell() {
            for (Step step : plan.steps()) {
                Backdating.at(step.at(), () -> take(step));
                em.flush();
                em.clear();
            }
        }

        private void take(Step step) {
            if (step instanceof Write w) {
                proposals.draft(author(w.idea()), plan.ideas().get(w.idea()).draft());
            } else if (step instanceof Publish p) {
                ProposalDraft draft = plan.ideas().get(p.idea()).draft();
                long id = proposals.published(author(p.idea()), draft).getId();
                ideas.put(p.idea(), id);
                Place place = DemoPlaces.of(draft, p.idea());
                if (place != null) {
                    proposals.placed(id, place);
                }
            } else if (step instanceof CastVotes c) {
                votes.cast(ideas.get(c.idea()), c.votes().stream()
                        .map(v -> new VoteSeeder.SeededVote(residents.get(v.resident()), v.choice(), v.at())).toList());
            } else if (step instanceof Post p) {
                posts.put(p.comment(), comments.post(residents.get(p.author()), ideas.get(p.idea()),
                        p.parent() < 0 ? null : posts.get(p.parent()), new CommentText(p.body())));
            } else if (step instanceof Flag f) {
                reports.report(residents.get(f.reporter()), ReportTarget.COMMENT, posts.get(f.comment()),
                        new ReportForm(f.reason(), f.details()));
            } else if (step instanceof Respond r) {
                LocalDate planned = r.reply().plannedInDays() == null ? null
                        : LocalDate.ofInstant(r.at(), town.getZone()).plusDays(r.reply().plannedInDays());
                review.answer(residents.get(r.official()), ideas.get(r.idea()),
                        new AnswerForm(r.reply().decision(), r.reply().body(), r.reply().cost(), planned));
            } else if (step instanceof Withdraw w) {
                proposals.withdrawn(ideas.get(w.idea()));
            } else if (step instanceof Share s) {
                shares.count(ideas.get(s.idea()), s.target(), s.kind(), s.times());
            }
        }

        private long author(int idea) {
            return residents.get(plan.residentIndex(plan.ideas().get(idea).author()));
        }
    }
}
