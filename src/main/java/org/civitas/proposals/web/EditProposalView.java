package org.civitas.proposals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.BusinessException;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.District;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalService;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;

import java.util.List;

/**
 * Backs proposal/edit.xhtml: a new proposal ({@code ?id} absent) or the author's own, while editable. Saving keeps
 * a private draft; publishing saves and publishes in two steps, each its own transaction, so a refused
 * publication never loses the text.
 */
@Named
@RequestScoped
public class EditProposalView {

    @Inject
    private ProposalService proposals;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private boolean missing;

    @NotBlank
    @Size(min = 10, max = 150)
    @Pattern(regexp = ProposalDraft.PLAIN_LINE, message = "{civitas.noControlCharacters}")
    private String title;

    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = ProposalDraft.PLAIN_TEXT, message = "{civitas.noControlCharacters}")
    private String summary;

    @NotBlank
    @Size(max = 10_000)
    @Pattern(regexp = ProposalDraft.PLAIN_TEXT, message = "{civitas.noControlCharacters}")
    private String body;

    @NotBlank
    private String themeCode;

    private String districtCode = ProposalQuery.WHOLE_TOWN;

    private List<Theme> themes;
    private List<District> districts;

    /** The view action: fills the form from the proposal being edited, once. */
    public void load() {
        if (id == null || faces.isPostback()) {
            return;
        }
        Proposal proposal = proposals.find(id).filter(p -> p.isEditable()).orElse(null);
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
    }

    public String save() {
        Proposal saved = store();
        if (saved == null) {
            return null;
        }
        messages.notice("proposal.saved");
        return redirectTo(saved);
    }

    public String saveAndPublish() {
        Proposal saved = store();
        if (saved == null) {
            return null;
        }
        try {
            saved = proposals.publish(saved.getId());
            messages.notice("proposal.published");
        } catch (BusinessException e) {
            messages.notice(e.getMessageKey(), e.getArguments());
        }
        return redirectTo(saved);
    }

    private Proposal store() {
        ProposalDraft draft = new ProposalDraft(title, summary, body, themeCode, districtCode);
        try {
            return id == null ? proposals.createDraft(draft) : proposals.update(id, draft);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    private String redirectTo(Proposal target) {
        ProposalRoutes.redirectTo(faces, target);
        return null;
    }

    public String themeName(Theme theme) {
        return theme.name(locale.getLocale());
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

    /** Read once per request, when first needed: validation checks the choice before the view action runs. */
    public List<Theme> getThemes() {
        if (themes == null) {
            themes = taxonomy.themes();
        }
        return themes;
    }

    public List<District> getDistricts() {
        if (districts == null) {
            districts = taxonomy.districts();
        }
        return districts;
    }

    public String getWholeTown() {
        return ProposalQuery.WHOLE_TOWN;
    }
}
