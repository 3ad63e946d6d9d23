package org.civitas.galleries;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civitas.contests.Licence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Galleries as people read them. The public reads published galleries only, and in them only what may be shown: the
 * town's photos, and contest photos a moderator keeps approved (one taken down leaves every gallery at once: the
 * condition is read with each query, never copied). Officials also read drafts. Lists page in the database; a page of
 * photos is one query (the items joined to both kinds of photo, never their bytes).
 */
@Stateless
@PermitAll
public class GalleryReader {

    public static final int PAGE_SIZE = 48;

    /** An item anyone may see, on the aliases i (item), cp (contest photo). */
    static final String SHOWN = "i.removed_at IS NULL AND (i.town_photo_id IS NOT NULL OR cp.status = 'APPROVED')";

    private static final String PICTURES = "SELECT i.id, i.contest_photo_id, i.town_photo_id, "
            + "COALESCE(cp.title, tp.title), COALESCE(cp.credit, tp.credit), COALESCE(cp.licence, tp.licence), "
            + "COALESCE(cp.width, tp.width), COALESCE(cp.height, tp.height), i.added_at "
            + "FROM gallery_item i LEFT JOIN contest_photo cp ON cp.id = i.contest_photo_id "
            + "LEFT JOIN gallery_photo tp ON tp.id = i.town_photo_id WHERE i.gallery_id = ? AND " + SHOWN + " ";

    @PersistenceContext
    private EntityManager em;

    /** The galleries, newest first; drafts only when {@code drafts}. Three queries, whatever the page's size. */
    public List<GallerySummary> galleries(int first, int size, boolean drafts) {
        List<Gallery> list = em.createQuery("SELECT g FROM Gallery g " + (drafts ? "" : "WHERE g.publishedAt IS NOT NULL ")
                        + "ORDER BY g.createdAt DESC, g.id DESC", Gallery.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(bounded(size)).getResultList();
        return summaries(list);
    }

    public long count(boolean drafts) {
        return em.createQuery("SELECT COUNT(g) FROM Gallery g" + (drafts ? "" : " WHERE g.publishedAt IS NOT NULL"),
                Long.class).getSingleResult();
    }

    /** A gallery: published, or any when {@code drafts}. */
    public Optional<GallerySummary> gallery(long id, boolean drafts) {
        Gallery gallery = em.find(Gallery.class, id);
        return gallery == null || !gallery.isPublished() && !drafts ? Optional.empty() : Optional.of(summary(gallery));
    }

    /** A page of a gallery's photos, in the official's order. */
    public List<GalleryPicture> pictures(long galleryId, int first, int size) {
        return pictures(PICTURES + "ORDER BY i.position, i.id", galleryId, first, size);
    }

    /** A gallery's latest additions first, for its feed. */
    public List<GalleryPicture> latest(long galleryId, int size) {
        return pictures(PICTURES + "ORDER BY i.added_at DESC, i.id DESC", galleryId, 0, size);
    }

    /** Whether one of the town's photos is in a published gallery (anyone may see it then). */
    public boolean townPhotoShown(long id) {
        return !em.createNativeQuery("SELECT i.id FROM gallery_item i JOIN gallery g ON g.id = i.gallery_id "
                + "WHERE i.town_photo_id = ? AND i.removed_at IS NULL AND g.published_at IS NOT NULL")
                .setParameter(1, id).setMaxResults(1).getResultList().isEmpty();
    }

    /** One of the town's photos' JPEG, whoever asks: the caller checks {@link #townPhotoShown} or the role first. */
    public Optional<byte[]> townImage(long id, boolean thumbnail) {
        TownPhoto photo = em.find(TownPhoto.class, id);
        return photo == null ? Optional.empty() : Optional.of(thumbnail ? photo.getThumbnail() : photo.getLarge());
    }

    @SuppressWarnings("unchecked")
    private List<GalleryPicture> pictures(String sql, long galleryId, int first, int size) {
        List<Object[]> rows = em.createNativeQuery(sql + " OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT "
                + bounded(size) + " ROWS ONLY").setParameter(1, galleryId).getResultList();
        return rows.stream().map(r -> new GalleryPicture(((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(), r[2] == null ? null : ((Number) r[2]).longValue(),
                (String) r[3], (String) r[4], Licence.valueOf((String) r[5]), ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue(), ((Timestamp) r[8]).toInstant())).toList();
    }

    private GallerySummary summary(Gallery g) {
        return summaries(List.of(g)).get(0);
    }

    /** The galleries with their number of photos shown and their first one's thumbnail (three queries in all). */
    @SuppressWarnings("unchecked")
    private List<GallerySummary> summaries(List<Gallery> galleries) {
        if (galleries.isEmpty()) {
            return List.of();
        }
        String ids = galleries.stream().map(g -> Long.toString(g.getId())).collect(Collectors.joining(","));
        Map<Long, Long> counts = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT i.gallery_id, COUNT(*) FROM gallery_item i "
                + "LEFT JOIN contest_photo cp ON cp.id = i.contest_photo_id WHERE i.gallery_id IN (" + ids + ") AND "
                + SHOWN + " GROUP BY i.gallery_id").getResultList())
                .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        Map<Long, String> covers = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT i.gallery_id, i.contest_photo_id, i.town_photo_id "
                + "FROM gallery_item i LEFT JOIN contest_photo cp ON cp.id = i.contest_photo_id "
                + "WHERE i.gallery_id IN (" + ids + ") AND " + SHOWN + " AND i.position = (SELECT MIN(j.position) "
                + "FROM gallery_item j LEFT JOIN contest_photo cq ON cq.id = j.contest_photo_id "
                + "WHERE j.gallery_id = i.gallery_id AND j.removed_at IS NULL "
                + "AND (j.town_photo_id IS NOT NULL OR cq.status = 'APPROVED'))").getResultList())
                .forEach(r -> covers.putIfAbsent(((Number) r[0]).longValue(), r[1] != null
                        ? "/photos/contests/" + ((Number) r[1]).longValue() + "-thumb.jpg"
                        : "/photos/galleries/" + ((Number) r[2]).longValue() + "-thumb.jpg"));
        return galleries.stream().map(g -> new GallerySummary(g.getId(), g.getTitle(), g.getDescription(),
                g.getPublishedAt(), g.getChangedAt(), counts.getOrDefault(g.getId(), 0L), covers.get(g.getId())))
                .toList();
    }

    /** Figures for the dashboard: galleries published and photos shown in them. */
    public record Figures(long galleries, long photos) {
    }

    public Figures figures() {
        return new Figures(count(false), ((Number) em.createNativeQuery("SELECT COUNT(*) FROM gallery_item i JOIN gallery g "
                + "ON g.id = i.gallery_id LEFT JOIN contest_photo cp ON cp.id = i.contest_photo_id "
                + "WHERE g.published_at IS NOT NULL AND " + SHOWN).getSingleResult()).longValue());
    }

    private static int bounded(int size) {
        return Math.max(1, Math.min(size, 100));
    }
}
