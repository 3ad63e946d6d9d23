package org.civitas.galleries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.contests.ContestPhotoDecided;

/**
 * A contest photo approved again or taken down shows or leaves every gallery at once (the galleries read its state
 * with each query); its items are marked written, in the decision's transaction, so that open data's change feed
 * brings them again (or their tombstones).
 */
@ApplicationScoped
class GalleryReactions {

    @PersistenceContext
    private EntityManager em;

    void contestPhotoDecided(@Observes ContestPhotoDecided event) {
        em.createQuery("SELECT i FROM GalleryItem i WHERE i.contestPhotoId = :p", GalleryItem.class)
                .setParameter("p", event.photoId()).getResultList().forEach(GalleryItem::rewritten);
    }
}
