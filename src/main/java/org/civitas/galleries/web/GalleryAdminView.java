package org.civitas.galleries.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestSummary;
import org.civitas.contests.Licence;
import org.civitas.galleries.Gallery;
import org.civitas.galleries.GalleryDraft;
import org.civitas.galleries.GalleryPicture;
import org.civitas.galleries.GalleryReader;
import org.civitas.galleries.GalleryService;
import org.civitas.galleries.GallerySummary;
import org.civitas.galleries.GalleryUploads;
import org.civitas.galleries.TownPhotoText;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.Uploads;
import org.civitas.proposals.PhotoProcessor;

import java.util.List;

/**
 * Backs review/galleries.xhtml (the galleries, drafts included) and review/gallery.xhtml ({@code ?id=}; without it
 * a new gallery): its words and whether the public sees it; putting a contest's winners (or all its approved photos)
 * in it; adding one of the town's photos; and its photos in order, each to move or take out (after a confirmation).
 * Every form works without script.
 */
@Named
@RequestScoped
public class GalleryAdminView {

    @Inject
    private GalleryReader reader;

    @Inject
    private GalleryService galleries;

    @Inject
    private GalleryUploads uploads;

    @Inject
    private ContestReader contests;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private GallerySummary gallery;
    private boolean loaded;
    private List<GallerySummary> all;
    private List<GalleryPicture> pictures;

    @NotBlank
    @Size(min = 3, max = 150)
    @PlainLine
    private String title;

    @Size(max = 2000)
    @PlainText
    private String description;

    private boolean published;

    private Long contestId;
    private boolean allPhotos;

    private Part photo;
    private String photoTitle;
    private String photoCredit;
    private Licence photoLicence = Licence.TOWN_USE;

    public void load() {
        if (ids.get("id") != null && getGallery() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (title == null && getGallery() != null) {
            title = gallery.title();
            description = gallery.description();
            published = gallery.isPublished();
        }
    }

    public String save() {
        Long id = ids.get("id");
        GalleryDraft draft = new GalleryDraft(title, description, published);
        Gallery saved = id == null ? galleries.create(draft) : galleries.change(id, draft);
        messages.notice(id == null ? "gallery.created" : "gallery.saved");
        return back(saved.getId());
    }

    public String addContest() {
        if (contestId == null) {
            messages.error("gallery.chooseContest");
            return null;
        }
        int added = galleries.addFromContest(ids.require("id"), contestId, allPhotos);
        messages.notice("gallery.added", added);
        return back(ids.get("id"));
    }

    public String upload() {
        byte[] bytes = Uploads.photo(photo, PhotoProcessor.MAX_BYTES);
        uploads.add(ids.require("id"), new TownPhotoText(photoTitle, photoCredit, photoLicence), bytes);
        messages.notice("gallery.photoAdded");
        return back(ids.get("id"));
    }

    public String up() {
        galleries.move(ids.require("id"), ids.require("item"), -1);
        return back(ids.get("id"));
    }

    public String down() {
        galleries.move(ids.require("id"), ids.require("item"), 1);
        return back(ids.get("id"));
    }

    public String remove() {
        galleries.remove(ids.require("id"), ids.require("item"));
        messages.notice("gallery.removed");
        return back(ids.get("id"));
    }

    private static String back(long id) {
        return "/review/gallery.xhtml?faces-redirect=true&id=" + id;
    }

    public GallerySummary getGallery() {
        if (!loaded) {
            Long id = ids.get("id");
            gallery = id == null ? null : reader.gallery(id, true).orElse(null);
            loaded = true;
        }
        return gallery;
    }

    /** Every gallery, drafts included (a town keeps a few dozen). */
    public List<GallerySummary> getAll() {
        if (all == null) {
            all = reader.galleries(0, 100, true);
        }
        return all;
    }

    /** The gallery's photos in order (the first 100; move or remove brings the others up). */
    public List<GalleryPicture> getPictures() {
        if (pictures == null) {
            pictures = getGallery() == null ? List.of() : reader.pictures(gallery.id(), 0, 100);
        }
        return pictures;
    }

    public List<ContestSummary> getContests() {
        return contests.contests(0, 100);
    }

    public Licence[] getLicences() {
        return Licence.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? null : description.strip();
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Long getContestId() {
        return contestId;
    }

    public void setContestId(Long contestId) {
        this.contestId = contestId;
    }

    public boolean isAllPhotos() {
        return allPhotos;
    }

    public void setAllPhotos(boolean allPhotos) {
        this.allPhotos = allPhotos;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getPhotoTitle() {
        return photoTitle;
    }

    public void setPhotoTitle(String photoTitle) {
        this.photoTitle = photoTitle == null ? null : photoTitle.strip();
    }

    public String getPhotoCredit() {
        return photoCredit;
    }

    public void setPhotoCredit(String photoCredit) {
        this.photoCredit = photoCredit == null ? null : photoCredit.strip();
    }

    public Licence getPhotoLicence() {
        return photoLicence;
    }

    public void setPhotoLicence(Licence photoLicence) {
        this.photoLicence = photoLicence;
    }
}
