package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.DeliveryStatus;
import org.civitas.budgets.FollowUp;
import org.civitas.budgets.Milestone;
import org.civitas.budgets.MilestoneDraft;
import org.civitas.budgets.MilestonePhotos;
import org.civitas.budgets.Project;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.PhotoProcessor;

import java.io.IOException;
import java.io.InputStream;

import java.time.LocalDate;

/**
 * Backs review/milestone.xhtml: an official posts a milestone of a funded project ({@code ?project=}), or corrects one
 * already posted ({@code ?milestone=}: the form comes filled with what it says).
 */
@Named
@RequestScoped
public class MilestoneView {

    @Inject
    private RequestIds ids;

    @Inject
    private FollowUp followUp;

    @Inject
    private MilestonePhotos photos;

    @Inject
    private BudgetService budgets;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Project project;
    /** The milestone being corrected; null when posting a new one. */
    private Milestone milestone;

    @NotNull
    private LocalDate happenedOn;
    private String body;
    @Min(0)
    @Max(100)
    private int percentDone;
    @NotNull
    private DeliveryStatus status = DeliveryStatus.STUDIES;
    /** An optional photo of the step, posted with it (a refused one saves nothing and keeps what was typed). */
    private Part photo;

    @PostConstruct
    void read() {
        Long milestoneId = ids.get("milestone");
        if (milestoneId != null) {
            Milestone asked = followUp.milestone(milestoneId).orElse(null);
            project = asked == null ? null : followUp.funded(asked.getProjectId()).orElse(null);
            // only a funded project's milestone is corrected (the page answers 404 for any other)
            milestone = project == null ? null : asked;
            if (milestone != null) {
                happenedOn = milestone.getHappenedOn();
                body = milestone.getBody();
                percentDone = milestone.getPercentDone();
                status = milestone.getStatus();
            }
            return;
        }
        Long id = ids.get("project");
        project = id == null ? null : followUp.funded(id).orElse(null);
        happenedOn = budgets.today();
    }

    /** The view action: 404 for what is not a funded project. */
    public void check() {
        if (project == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String post() {
        byte[] upload = null;
        if (photo != null && photo.getSize() > 0) {
            // one byte more than allowed, so that the photo's checks (MilestonePhotos) see a larger file as too large
            try (InputStream in = photo.getInputStream()) {
                upload = in.readNBytes(PhotoProcessor.MAX_BYTES + 1);
            } catch (IOException e) {
                messages.fieldError("photo", "photo.unreadable");
                return null;
            }
        }
        MilestoneDraft draft = new MilestoneDraft(happenedOn, body, percentDone, status);
        if (milestone == null) {
            photos.post(project.getId(), draft, upload);
            messages.notice("followUp.posted");
        } else {
            photos.correct(project.getBudgetId(), milestone.getId(), draft, upload);
            messages.notice("followUp.corrected");
        }
        return "/budgets/follow-up.xhtml?faces-redirect=true&id=" + project.getBudgetId();
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public Project getProject() {
        return project;
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public void setPercentDone(int percentDone) {
        this.percentDone = percentDone;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }
}
