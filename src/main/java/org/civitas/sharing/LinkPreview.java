package org.civitas.sharing;

import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalPage;

/**
 * What link previews (Open Graph and Twitter tags, oEmbed thumbnails) show of a proposal: its address, and its photo,
 * or else its drawn card (1200×630), with the image's size and type.
 */
public record LinkPreview(String url, String image, int width, int height, String imageType) {

    public static LinkPreview of(String base, ProposalPage page) {
        String url = base + ProposalAddress.of(page.proposal());
        Long photoId = page.proposal().getPhotoId();
        if (photoId != null) {
            return new LinkPreview(url, base + "/photos/" + photoId + ".jpg", page.photoWidth(), page.photoHeight(),
                    "image/jpeg");
        }
        return new LinkPreview(url, base + "/cards/" + page.id() + ".png", ShareCard.WIDTH, ShareCard.HEIGHT,
                "image/png");
    }
}
