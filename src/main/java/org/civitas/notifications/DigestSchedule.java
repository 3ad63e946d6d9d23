package org.civitas.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Town;
import org.civitas.platform.mail.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the digest runs at the hour the town chose ({@code CIVITAS_DIGEST_HOUR}, 7 by default, in the town's time
 * zone; the weekly one on {@code CIVITAS_DIGEST_WEEKDAY}, Monday by default). Every server looks every five minutes
 * whether the last due period was prepared, and prepares it if not: a server that was down at seven prepares it when
 * it starts, and two servers prepare it once between them (the period's end is unique; the second's attempt fails
 * and finds it done on its next look). {@code CIVITAS_DIGEST_SCHEDULED=false} leaves the runs to the operators' hand
 * ({@code POST /api/digests/daily}).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestSchedule {

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());
    private static final long EVERY = 5 * 60_000L;

    @Resource
    private TimerService timers;

    @Inject
    private Digests digests;

    @Inject
    private MailSettings mail;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "civitas.digest.hour", defaultValue = "7")
    private int hour;

    @Inject
    @ConfigProperty(name = "civitas.digest.weekday", defaultValue = "MONDAY")
    private String weekday;

    /** Off on a server that must prepare none by itself (a staging copy of production's data, a benchmark). */
    @Inject
    @ConfigProperty(name = "civitas.digest.scheduled", defaultValue = "true")
    private boolean scheduled;

    @PostConstruct
    void start() {
        if (mail.isEnabled() && scheduled) {
            timers.createIntervalTimer(60_000L, EVERY, new TimerConfig("digests", false));
        }
    }

    @Timeout
    void look() {
        Instant now = clock.instant();
        prepareIfDue(Cadence.DAILY, lastDue(Cadence.DAILY, now, town.getZone(), hour, day()));
        prepareIfDue(Cadence.WEEKLY, lastDue(Cadence.WEEKLY, now, town.getZone(), hour, day()));
    }

    private void prepareIfDue(Cadence cadence, Instant due) {
        boolean done = digests.lastRuns(10).stream()
                .anyMatch(r -> r.getCadence() == cadence && !r.getPeriodEnd().isBefore(due));
        if (done) {
            return;
        }
        try {
            digests.run(cadence, due, null).ifPresent(run ->
                    LOG.info(() -> cadence + " digests prepared for " + run.getPrepared() + " people"));
        } catch (BusinessException | EJBException e) {
            LOG.log(Level.INFO, cadence + " digests not prepared here (another server may have): " + e.getMessage());
        }
    }

    private DayOfWeek day() {
        try {
            return DayOfWeek.valueOf(weekday.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DayOfWeek.MONDAY;
        }
    }

    /** The end of the last period due at {@code now}: today's (or yesterday's) hour, this week's (or last) day. */
    static Instant lastDue(Cadence cadence, Instant now, ZoneId zone, int hour, DayOfWeek day) {
        ZonedDateTime local = now.atZone(zone);
        int h = Math.max(0, Math.min(23, hour));
        LocalDate date = local.toLocalDate();
        if (cadence == Cadence.WEEKLY) {
            date = date.with(TemporalAdjusters.previousOrSame(day));
        }
        ZonedDateTime due = date.atStartOfDay(zone).withHour(h);
        if (due.isAfter(local)) {
            due = cadence == Cadence.WEEKLY ? due.minusWeeks(1) : due.minusDays(1);
        }
        return due.toInstant();
    }
}
