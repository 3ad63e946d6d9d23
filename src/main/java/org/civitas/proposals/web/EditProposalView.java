package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.places.Place;
import org.civitas.platform.BusinessException;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.District;
import org.civitas.proposals.PhotoProcessor;
import org.civitas.proposals.PhotoUploads;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalService;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.TaxonomyTerm;
import org.civitas.proposals.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Backs proposal/edit.xhtml: a new proposal ({@code ?id} absent) or the author's own, while editable. Saving keeps
 * a private draft; publishing saves and publishes in two steps, each its own transaction, so a refused
 * publication never loses the text.
 */
@Named
@RequestScoped
public class EditProposalView {

    @Inject
    private RequestIds ids;

    @Inject
    private ProposalService proposals;

    @Inject
    private PhotoUploads photoUploads;

    @Inject
    private ProposalReader reader;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private PlaceChoice places;

    private Long id;
    private boolean missing;

    @NotBlank
    @Size(min = 10, max = 150)
    @PlainLine
    private String title;

    @NotBlank
    @Size(max = 500)
    @PlainText
    private String summary;

    @NotBlank
    @Size(max = 10_000)
    @PlainText
    private String body;

    @NotBlank
    private String themeCode;

    private String districtCode = ProposalQuery.WHOLE_TOWN;

    private boolean idea;

    @Min(1)
    @Max(1_000_000_000)
    private Long estimatedCost;

    /** Where it is: the address, and the pin the map set for it. */
    @Valid
    private final PlaceFields place = new PlaceFields();

    private List<Theme> themes;
    private List<District> districts;

    private Part photo;
    /** A photo chosen on the new-proposal form, attached once the draft is saved. */
    private Part newPhoto;
    private Long photoId;
    private boolean photoLoaded;

    /**
     * The proposal's id is read from the request before anything else (the address on a GET, a hidden field in the
     * photo form): buttons rendered only with a photo must know it when the form is decoded.
     */
    @PostConstruct
    void read() {
        id = ids.get("id");
        // An idea for a participatory budget has its estimated cost on the form, and keeps its envelope's district
        idea = id != null && reader.find(id).map(Proposal::isIdea).orElse(false);
    }

    /** The view action: fills the form from the proposal being edited, once. */
    public void load() {
        if (id == null || faces.isPostback()) {
            return;
        }
        Proposal proposal = reader.find(id).filter(p -> p.isEditable()).orElse(null);
        if (proposal == null) {
            // Not found, not the caller's, or no longer editable: the page says so, with a 404.
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            missing = true;
            return;
        }
        title = proposal.getTitle();
        summary = proposal.getSummary();
        body = proposal.getBody();
        themeCode = proposal.getTheme().getCode();
        districtCode = proposal.getDistrict() == null ? ProposalQuery.WHOLE_TOWN : proposal.getDistrict().getCode();
        estimatedCost = proposal.getEstimatedCost();
        proposal.place().ifPresent(saved -> {
            place.setLabel(saved.label());
            place.setLatitude(saved.latitude());
            place.setLongitude(saved.longitude());
            place.setPinnedLabel(saved.isPinned() ? saved.label() : null);
        });
    }

    public String save() {
        boolean creating = id == null;
        Proposal saved = store();
        messages.notice("proposal.saved");
        if (creating) {
            attachNewPhoto(saved.getId());
        }
        return redirectTo(saved);
    }

    /**
     * Saves, then publishes, each in its own transaction. The one action that catches a refusal itself: the draft is
     * saved by then, so a refused publication is told on the saved draft's page rather than on this form (which, with
     * no id yet, would save a second draft).
     */
    public String saveAndPublish() {
        boolean creating = id == null;
        Proposal saved = store();
        if (creating) {
            attachNewPhoto(saved.getId());
        }
        try {
            saved = proposals.publish(saved.getId());
            messages.notice("proposal.published");
        } catch (BusinessException e) {
            messages.notice(e.getMessageKey(), e.getArguments());
        }
        return redirectTo(saved);
    }

    /**
     * Attaches the photo chosen while writing a new proposal, once its draft is saved (a photo needs a proposal). The
     * other action that catches a refusal itself: the draft is saved by then, so a refused photo (not an image, too
     * big) is told on the saved draft's page, where it can be chosen again, rather than losing the text.
     */
    private void attachNewPhoto(long proposalId) {
        if (newPhoto == null || newPhoto.getSize() == 0) {
            return;
        }
        if (newPhoto.getSize() > PhotoProcessor.MAX_BYTES) {
            messages.notice("photo.tooLarge");
            return;
        }
        try (InputStream in = newPhoto.getInputStream()) {
            photoUploads.attach(proposalId, in.readNBytes(PhotoProcessor.MAX_BYTES + 1));
        } catch (IOException e) {
            messages.notice("photo.unreadable");
        } catch (BusinessException e) {
            messages.notice(e.getMessageKey(), e.getArguments());
        }
    }

    private Proposal store() {
        Optional<Place> before = current().flatMap(Proposal::place);
        Place chosen = places.resolve(place, before.orElse(null));
        if (!idea && ProposalQuery.WHOLE_TOWN.equals(districtCode)) {
            // A new pin inside a district proposes it; the author sees it on the saved page and may change it back
            places.proposedDistrict(chosen, before.orElse(null)).ifPresent(code -> districtCode = code);
        }
        ProposalDraft draft = new ProposalDraft(title, summary, body, themeCode, districtCode);
        Proposal saved;
        if (id == null) {
            saved = proposals.createDraft(draft);
        } else {
            saved = idea ? proposals.updateIdea(id, draft, estimatedCost) : proposals.update(id, draft);
        }
        if (!Objects.equals(chosen, before.orElse(null))) {
            saved = proposals.place(saved.getId(), chosen);
        }
        return saved;
    }

    private String redirectTo(Proposal target) {
        ProposalRoutes.redirectTo(faces, target);
        return null;
    }

    /** Adds or replaces the photo (its own form, so that a refused upload loses no text). */
    public String uploadPhoto() {
        if (id == null) {
            return null;
        }
        if (photo == null || photo.getSize() == 0) {
            messages.error("photo.empty");
            return null;
        }
        if (photo.getSize() > PhotoProcessor.MAX_BYTES) {
            messages.error("photo.tooLarge");
            return null;
        }
        try (InputStream in = photo.getInputStream()) {
            photoUploads.attach(id, in.readNBytes(PhotoProcessor.MAX_BYTES + 1));
        } catch (IOException e) {
            messages.error("photo.unreadable");
            return null;
        }
        messages.notice("photo.added");
        return "/proposal/edit.xhtml?faces-redirect=true&id=" + id;
    }

    public String removePhoto() {
        proposals.removePhoto(id);
        messages.notice("photo.removed");
        return "/proposal/edit.xhtml?faces-redirect=true&id=" + id;
    }

    /** The current photo's id, or null. */
    public Long getPhotoId() {
        if (!photoLoaded && id != null) {
            photoId = reader.find(id).map(Proposal::getPhotoId).orElse(null);
            photoLoaded = true;
        }
        return photoId;
    }

    public Part getNewPhoto() {
        return newPhoto;
    }

    public void setNewPhoto(Part newPhoto) {
        this.newPhoto = newPhoto;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String themeName(Theme theme) {
        return theme.name(locale.getLocale());
    }

    /** Whether the proposal edited is an idea for a participatory budget. */
    public boolean isIdea() {
        return idea;
    }

    public Long getEstimatedCost() {
        return estimatedCost;
    }

    public void setEstimatedCost(Long estimatedCost) {
        this.estimatedCost = estimatedCost;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? null : summary.strip();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? null : body.strip();
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    /**
     * Read once per request, when first needed: validation checks the choice before the view action runs. The themes
     * and districts offered, plus a retired one the proposal being edited already has (it may keep it).
     */
    public List<Theme> getThemes() {
        if (themes == null) {
            themes = withCurrent(taxonomy.allThemes(), current().map(Proposal::getTheme).orElse(null));
        }
        return themes;
    }

    public List<District> getDistricts() {
        if (districts == null) {
            districts = withCurrent(taxonomy.allDistricts(), current().map(Proposal::getDistrict).orElse(null));
        }
        return districts;
    }

    private static <T extends TaxonomyTerm> List<T> withCurrent(List<T> all, T current) {
        return all.stream().filter(t -> t.offeredTo(current)).toList();
    }

    private Optional<Proposal> current() {
        return id == null ? Optional.empty() : reader.find(id);
    }

    public PlaceFields getPlace() {
        return place;
    }

    public String getWholeTown() {
        return ProposalQuery.WHOLE_TOWN;
    }
}
