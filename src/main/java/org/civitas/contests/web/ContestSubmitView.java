package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestSummary;
import org.civitas.contests.ContestUploads;
import org.civitas.contests.Licence;
import org.civitas.contests.PhotoEntry;
import org.civitas.contests.PhotoSubmission;
import org.civitas.platform.PlainLine;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.Uploads;
import org.civitas.proposals.PhotoProcessor;

import java.util.List;

/**
 * Backs contests/submit.xhtml ({@code ?contest=}, signed in): the form to submit a photo (the file, title, place,
 * credit, licence and the consent of the people one can recognise), and the person's photos in the contest with
 * their state (waiting, approved, or rejected with the moderator's reason). A refused photo keeps what was typed.
 */
@Named
@RequestScoped
public class ContestSubmitView {

    @Inject
    private ContestReader reader;

    @Inject
    private ContestUploads uploads;

    @Inject
    private SignedInAccount me;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private ContestSummary contest;
    private boolean loaded;
    private List<PhotoEntry> mine;

    private Part photo;

    @NotBlank
    @Size(max = 120)
    @PlainLine
    private String title;

    @Size(max = 120)
    @PlainLine
    private String place;

    @NotBlank
    @Size(max = 120)
    @PlainLine
    private String credit;

    @NotNull
    private Licence licence = Licence.CC_BY;

    private boolean consent;

    public void load() {
        if (getContest() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (credit == null) {
            credit = me.getDisplayName();
        }
    }

    public String submit() {
        if (!consent) {
            messages.error("contest.consentNeeded");
            return null;
        }
        byte[] bytes = Uploads.photo(photo, PhotoProcessor.MAX_BYTES);
        long contestId = ids.require("contest");
        uploads.submit(contestId, new PhotoSubmission(title, place, credit, licence, consent), bytes);
        messages.notice("contest.submitted");
        return "/contests/submit.xhtml?faces-redirect=true&contest=" + contestId;
    }

    public ContestSummary getContest() {
        if (!loaded) {
            Long id = ids.get("contest");
            contest = id == null ? null : reader.contest(id).orElse(null);
            loaded = true;
        }
        return contest;
    }

    public List<PhotoEntry> getMine() {
        if (mine == null) {
            mine = getContest() == null ? List.of() : reader.mine(contest.id(), me.getId());
        }
        return mine;
    }

    public Licence[] getLicences() {
        return Licence.values();
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null ? null : place.strip();
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit == null ? null : credit.strip();
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
