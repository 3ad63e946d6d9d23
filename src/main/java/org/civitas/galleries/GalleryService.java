package org.civitas.galleries;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.contests.ContestReader;
import org.civitas.contests.PhotoEntry;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.proposals.PhotoProcessor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What officials do with galleries, each in one transaction under a lock on the gallery: create and change one
 * (publishing it or taking it back), put approved contest photos in it (one, or a contest's winners, or all its
 * approved photos), add one of the town's photos (decoded first by {@link GalleryUploads}), take an item out, move it.
 * Every change is in the audit log, and touches the gallery so that its feed's validators change.
 */
@Stateless
@RolesAllowed(Role.Names.OFFICIAL)
public class GalleryService {

    /** At most this many photos in a gallery. */
    public static final int MAX_ITEMS = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    @Inject
    private ContestReader contests;

    public Gallery create(@NotNull @Valid GalleryDraft draft) {
        Gallery gallery = new Gallery(draft, Callers.requireAccountId(session), clock.instant());
        em.persist(gallery);
        em.flush();
        audit.record("GALLERY_CREATED", "GALLERY", gallery.getId(), null);
        return gallery;
    }

    public Gallery change(long id, @NotNull @Valid GalleryDraft draft) {
        Gallery gallery = locked(id);
        boolean was = gallery.isPublished();
        gallery.change(draft, clock.instant());
        if (was != gallery.isPublished()) {
            // Its photos enter or leave open data: the change feed brings them again, or their tombstones
            em.createQuery("SELECT i FROM GalleryItem i WHERE i.galleryId = :g", GalleryItem.class)
                    .setParameter("g", id).getResultList().forEach(GalleryItem::rewritten);
        }
        audit.record(was == gallery.isPublished() ? "GALLERY_CHANGED"
                : gallery.isPublished() ? "GALLERY_PUBLISHED" : "GALLERY_UNPUBLISHED", "GALLERY", id, null);
        return gallery;
    }

    /** Puts an approved contest photo in the gallery (at the end); already there, nothing changes. Whether it was added. */
    public boolean addContestPhoto(long galleryId, long photoId) {
        Gallery gallery = locked(galleryId);
        if (contests.photo(photoId).isEmpty()) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "contest.photoNotFound");
        }
        boolean added = add(gallery, photoId);
        if (added) {
            audit.record("GALLERY_ITEM_ADDED", "GALLERY", galleryId, "contest photo " + photoId);
        }
        return added;
    }

    /** Puts a contest's winners (or, {@code all}, every approved photo of it) in the gallery; how many were added. */
    public int addFromContest(long galleryId, long contestId, boolean all) {
        Gallery gallery = locked(galleryId);
        List<PhotoEntry> photos = all ? allPhotos(contestId) : contests.winners(contestId);
        if (photos.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    all ? "gallery.contestEmpty" : "gallery.noWinners");
        }
        int added = 0;
        for (PhotoEntry photo : photos) {
            added += add(gallery, photo.id()) ? 1 : 0;
        }
        audit.record("GALLERY_ITEM_ADDED", "GALLERY", galleryId, added + " photos of contest " + contestId);
        return added;
    }

    /** Stores one of the town's photos, already checked and re-encoded, at the end of the gallery. */
    public TownPhoto addTownPhoto(long galleryId, @NotNull @Valid TownPhotoText text,
                                  @NotNull PhotoProcessor.Processed processed) {
        Gallery gallery = locked(galleryId);
        ensureRoom(galleryId);
        Instant now = clock.instant();
        TownPhoto photo = new TownPhoto(text, processed, Callers.requireAccountId(session), now);
        em.persist(photo);
        em.flush();
        em.persist(GalleryItem.ofTownPhoto(galleryId, nextPosition(galleryId), photo.getId(), now));
        gallery.rewritten();
        audit.record("GALLERY_ITEM_ADDED", "GALLERY", galleryId, "town photo " + photo.getId());
        return photo;
    }

    /** Takes an item out of the gallery. */
    public void remove(long galleryId, long itemId) {
        Gallery gallery = locked(galleryId);
        GalleryItem item = item(galleryId, itemId);
        item.remove(clock.instant());
        gallery.rewritten();
        audit.record("GALLERY_ITEM_REMOVED", "GALLERY", galleryId, "item " + itemId);
    }

    /** Moves an item one place up ({@code delta} -1) or down (+1), swapping with its neighbour. */
    public void move(long galleryId, long itemId, int delta) {
        Gallery gallery = locked(galleryId);
        GalleryItem item = item(galleryId, itemId);
        List<GalleryItem> items = em.createQuery("SELECT i FROM GalleryItem i WHERE i.galleryId = :g "
                        + "AND i.removedAt IS NULL ORDER BY i.position, i.id", GalleryItem.class)
                .setParameter("g", galleryId).getResultList();
        int at = items.indexOf(item);
        int to = at + Integer.signum(delta);
        if (to < 0 || to >= items.size()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i == at ? to : i == to ? at : i);
        }
        gallery.rewritten();
    }

    /** Every approved photo of a contest, read a page at a time, up to what a gallery holds. */
    private List<PhotoEntry> allPhotos(long contestId) {
        List<PhotoEntry> photos = new ArrayList<>();
        for (int first = 0; first < MAX_ITEMS; first += 100) {
            List<PhotoEntry> page = contests.photos(contestId, first, 100);
            photos.addAll(page);
            if (page.size() < 100) {
                break;
            }
        }
        return photos;
    }

    private boolean add(Gallery gallery, long contestPhotoId) {
        long galleryId = gallery.getId();
        GalleryItem existing = em.createQuery("SELECT i FROM GalleryItem i WHERE i.galleryId = :g "
                        + "AND i.contestPhotoId = :p", GalleryItem.class).setParameter("g", galleryId)
                .setParameter("p", contestPhotoId).getResultStream().findFirst().orElse(null);
        if (existing != null && existing.getRemovedAt() == null) {
            return false;
        }
        ensureRoom(galleryId);
        if (existing != null) {
            existing.restore(nextPosition(galleryId), clock.instant());
        } else {
            em.persist(GalleryItem.ofContestPhoto(galleryId, nextPosition(galleryId), contestPhotoId, clock.instant()));
        }
        em.flush();
        gallery.rewritten();
        return true;
    }

    private void ensureRoom(long galleryId) {
        long count = em.createQuery("SELECT COUNT(i) FROM GalleryItem i WHERE i.galleryId = :g "
                + "AND i.removedAt IS NULL", Long.class).setParameter("g", galleryId).getSingleResult();
        if (count >= MAX_ITEMS) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "gallery.full", MAX_ITEMS);
        }
    }

    private int nextPosition(long galleryId) {
        Integer last = em.createQuery("SELECT MAX(i.position) FROM GalleryItem i WHERE i.galleryId = :g",
                Integer.class).setParameter("g", galleryId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private GalleryItem item(long galleryId, long itemId) {
        GalleryItem item = em.find(GalleryItem.class, itemId);
        if (item == null || item.getGalleryId() != galleryId || item.getRemovedAt() != null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "gallery.itemNotFound");
        }
        return item;
    }

    private Gallery locked(long id) {
        Gallery gallery = em.find(Gallery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (gallery == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "gallery.notFound");
        }
        return gallery;
    }
}
