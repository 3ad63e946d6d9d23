package org.civitas.galleries.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.galleries.GalleryPicture;
import org.civitas.galleries.GalleryReader;
import org.civitas.galleries.GallerySummary;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.RequestIds;
import org.civitas.sharing.ShareService;

import java.util.List;

/**
 * Backs galleries/view.xhtml ({@code ?id=}, {@code &page=}): a gallery's photo wall (48 a page), its feed, its link
 * preview (its first photo) and links to share it. A draft is a 404 but for officials, who see it as it will be.
 */
@Named
@RequestScoped
public class GalleryPageView {


    @Inject
    private GalleryReader reader;

    @Inject
    private SignedInAccount me;

    @Inject
    private RequestIds ids;

    @Inject
    private PublicAddress address;

    @Inject
    private ShareService shares;

    @Inject
    private FacesContext faces;

    private String page;
    private GallerySummary gallery;
    private boolean loaded;
    private List<GalleryPicture> pictures;
    private int pageIndex;

    public void load() {
        if (getGallery() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public GallerySummary getGallery() {
        if (!loaded) {
            Long id = ids.get("id");
            gallery = id == null ? null : reader.gallery(id, me.hasRole("OFFICIAL")).orElse(null);
            loaded = true;
        }
        return gallery;
    }

    public List<GalleryPicture> getPictures() {
        if (pictures == null && getGallery() != null) {
            pageIndex = Math.max(0, Math.min(getPageCount() - 1, Numbers.page(page, Integer.MAX_VALUE) - 1));
            pictures = reader.pictures(gallery.id(), pageIndex * GalleryReader.PAGE_SIZE, GalleryReader.PAGE_SIZE);
        }
        return pictures == null ? List.of() : pictures;
    }

    private String base() {
        return address.base((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public String getUrl() {
        return base() + "/gallery/" + getGallery().id();
    }

    public String getFeedUrl() {
        return base() + "/feeds/galleries/" + getGallery().id() + ".rss";
    }

    /** The first photo, large, for link previews; null for an empty gallery. */
    public String getPreviewImage() {
        List<GalleryPicture> first = getPictures();
        return first.isEmpty() ? null : base() + first.get(0).image();
    }

    public List<ShareService.DirectLink> getShareLinks() {
        String url = getUrl();
        String media = getPreviewImage();
        return shares.directLinks(url, gallery.title(), media);
    }

    public int getPageCount() {
        return getGallery() == null ? 1
                : (int) Math.max(1, (gallery.photoCount() + GalleryReader.PAGE_SIZE - 1) / GalleryReader.PAGE_SIZE);
    }

    public int getCurrentPage() {
        getPictures();
        return pageIndex + 1;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
