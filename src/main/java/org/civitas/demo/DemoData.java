package org.civitas.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.accounts.AccountService;
import org.civitas.budgets.BudgetCount;
import org.civitas.budgets.BudgetOpening;
import org.civitas.votes.VoteDayPublication;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo town at start-up, after the migrations, when the database has no account at all ({@link DemoTown}),
 * and says in the log how long it took: the demo must not make a fresh start slow (under 5 s is the aim;
 * {@code bench/demo-start.sh} prints the figure). The time counted is the seeding's own, from the check that the
 * database is empty to the commit; the persistence unit starts before it (the check), as it would for the first
 * request. The processor time of the thread is logged too: on a busy machine the elapsed time mostly measures the wait
 * for a processor (and the JIT compiling the code paths the seeding is the first to run).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    /** The password of every demo account (README.md lists them). */
    public static final String PASSWORD = "demo-civitas-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "civitas.demo.data", defaultValue = "true")
    private boolean enabled;

    @Inject
    private AccountService accounts;

    @Inject
    private DemoTown town;

    @Inject
    private VoteDayPublication voteDays;

    /**
     * The demo's pilot budget is over: it opens to open data (written in the past, when its information phase had
     * not begun) and its results are counted now, not at the jobs' next runs.
     */
    @Inject
    private BudgetCount budgetCount;

    @Inject
    private BudgetOpening budgetOpening;

    @PostConstruct
    void load() {
        if (!enabled) {
            LOG.info("Demo data disabled (civitas.demo.data=false)");
            return;
        }
        if (accounts.anyAccount()) {
            LOG.info("Demo data not loaded: the database already has accounts");
            return;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        try {
            Optional<DemoPlan.Summary> loaded = town.loadIfEmpty();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            loaded.ifPresentOrElse(s -> LOG.info(() -> "Demo data loaded in " + millis + " ms (" + cpuMillis
                            + " ms of processor time on this thread): " + s.accounts()
                            + " accounts (password " + PASSWORD + "), " + s.proposals() + " proposals, " + s.votes()
                            + " votes, " + s.comments() + " comments, " + s.answers() + " answers, " + s.reports()
                            + " reports, " + s.shares() + " shares and visits from shares"),
                    () -> LOG.info("Demo data not loaded: another server filled the database first"));
            if (loaded.isPresent()) {
                publishVotes();
                budgetOpening.openDue();
                budgetCount.countDue();
            }
        } catch (RuntimeException e) {
            // The portal still starts: demo data is a convenience, and the log says what went wrong. Nothing of it
            // stays (one transaction); a second server seeding at the same moment fails here on the same addresses.
            if (accounts.anyAccount()) {
                LOG.info("Demo data not loaded: another server filled the database first (" + e + ")");
            } else {
                LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
            }
        }
    }

    /** The story's past days are over: their votes are open data now, not at the job's next run (which tries again). */
    private void publishVotes() {
        try {
            voteDays.publishClosedDays();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo town's votes are not open data yet: the next run publishes them", e);
        }
    }
}
