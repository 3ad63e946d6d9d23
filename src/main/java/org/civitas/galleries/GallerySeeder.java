package org.civitas.galleries;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.contests.ContestReader;
import org.civitas.contests.PhotoEntry;
import org.civitas.proposals.PhotoProcessor;

import java.time.Clock;
import java.util.List;

/**
 * Galleries written for seeding at start-up (the demo town), with nobody signed in: each does what
 * {@link GalleryService} does, at the clock's time. Nothing else calls it.
 */
@Stateless
@PermitAll
public class GallerySeeder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ContestReader contests;

    /** A gallery with a contest's winners, then the town's photos given (image bytes with their words). */
    public long gallery(@NotNull @Valid GalleryDraft draft, long official, Long winnersOf,
                        List<TownPhotoText> texts, List<byte[]> images) {
        Gallery gallery = new Gallery(draft, official, clock.instant());
        em.persist(gallery);
        em.flush();
        int position = 0;
        List<PhotoEntry> winners = winnersOf == null ? List.of() : contests.winners(winnersOf);
        for (PhotoEntry winner : winners) {
            em.persist(GalleryItem.ofContestPhoto(gallery.getId(), ++position, winner.id(), clock.instant()));
        }
        for (int i = 0; i < texts.size(); i++) {
            TownPhoto photo = new TownPhoto(texts.get(i), PhotoProcessor.process(images.get(i)), official,
                    clock.instant());
            em.persist(photo);
            em.flush();
            em.persist(GalleryItem.ofTownPhoto(gallery.getId(), ++position, photo.getId(), clock.instant()));
        }
        return gallery.getId();
    }
}
