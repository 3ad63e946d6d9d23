package org.civitas.proposals;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.BusinessException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many photos are decoded at once on this server ({@code CIVITAS_PHOTOS_CONCURRENT_DECODES}, 2 by default): a
 * decode takes seconds of a core and tens of megabytes, so a burst of uploads waits its turn instead of taking the
 * server's memory and every core. As many may wait as may decode, for 20 seconds at most; any more are told at once
 * to try again (a 429), since each one waiting holds one of the server's request threads that pages and the API need.
 */
@ApplicationScoped
public class PhotoDecodes {

    private static final long WAIT_SECONDS = 20;

    @Inject
    @ConfigProperty(name = "civitas.photos.concurrent-decodes", defaultValue = "2")
    private int concurrent;

    private Semaphore permits;
    private int waiting;

    @PostConstruct
    void start() {
        waiting = Math.max(1, concurrent);
        permits = new Semaphore(waiting, true);
    }

    /**
     * {@link #process} for a form or an API whose photo field is named {@code photo}: a refused photo (not an image,
     * too large, unreadable) is an error on that field.
     */
    public PhotoProcessor.Processed processField(byte[] upload) {
        try {
            return process(upload);
        } catch (PhotoRejectedException e) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "photo", e.getMessageKey());
        }
    }

    /** {@link PhotoProcessor#process}, when a turn comes. */
    public PhotoProcessor.Processed process(byte[] upload) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire()
                    || (permits.getQueueLength() < waiting && permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusinessException(BusinessException.Kind.TOO_MANY, "photo.busy");
        }
        try {
            return PhotoProcessor.process(upload);
        } finally {
            permits.release();
        }
    }
}
