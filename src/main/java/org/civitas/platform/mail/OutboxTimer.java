package org.civitas.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox every few seconds ({@code CIVITAS_MAIL_POLL_SECONDS}, 30 by default), in the background: no
 * request ever waits for the SMTP server. A round that is still running when the next is due is not doubled.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (settings.isEnabled()) {
            long every = settings.poll().toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig("mail-outbox", false));
        }
    }

    @Timeout
    void round() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : outbox.due(50)) {
                outbox.send(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail outbox round failed; the next round tries again", e);
        } finally {
            running.set(false);
        }
    }
}
