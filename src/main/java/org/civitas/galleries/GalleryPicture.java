package org.civitas.galleries;

import org.civitas.contests.Licence;

import java.time.Instant;

/**
 * A photo as a gallery shows it: a contest photo (its page is the contest photo's) or one of the town's (its page is
 * its large image). Paths are the portal's, relative to its root.
 */
public record GalleryPicture(long itemId, Long contestPhotoId, Long townPhotoId, String title, String credit,
                             Licence licence, int width, int height, Instant addedAt) {

    public String image() {
        return contestPhotoId != null ? "/photos/contests/" + contestPhotoId + ".jpg"
                : "/photos/galleries/" + townPhotoId + ".jpg";
    }

    public String thumbnail() {
        return contestPhotoId != null ? "/photos/contests/" + contestPhotoId + "-thumb.jpg"
                : "/photos/galleries/" + townPhotoId + "-thumb.jpg";
    }

    public String page() {
        return contestPhotoId != null ? "/contest/photo/" + contestPhotoId : image();
    }
}
