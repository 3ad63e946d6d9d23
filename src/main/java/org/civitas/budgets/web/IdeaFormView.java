package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.IdeaDraft;
import org.civitas.budgets.IdeaService;
import org.civitas.budgets.Phase;
import org.civitas.places.Place;
import org.civitas.platform.BusinessException;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.ProposalService;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;
import org.civitas.proposals.web.PlaceChoice;
import org.civitas.proposals.web.PlaceFields;
import org.civitas.proposals.web.ProposalRoutes;

import java.util.List;

/**
 * Backs budgets/idea.xhtml?budget=: a resident writes an idea for one of the budget's envelopes while it takes ideas.
 * Once saved, the idea is a proposal: its page, its editor (text, estimated cost, photo) and its publication are the
 * proposals', as for every proposal. Publishing saves first, then publishes, each in its own transaction, so a refused
 * publication never loses the text: the one action that catches a refusal itself, told on the saved draft's page (as
 * the proposals' editor does).
 */
@Named
@RequestScoped
public class IdeaFormView {

    @Inject
    private RequestIds ids;

    @Inject
    private BudgetService budgets;

    @Inject
    private IdeaService ideas;

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

    @Inject
    private PlaceChoice places;

    private BudgetPage page;

    /** Where the idea is (see place-field.xhtml): the address, and the pin the map set for it. */
    @Valid
    private final PlaceFields place = new PlaceFields();

    @NotNull
    private Long envelopeId;

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

    @NotNull
    @Min(1)
    @Max(1_000_000_000)
    private Long estimatedCost;

    private List<Theme> themes;

    @PostConstruct
    void read() {
        Long budgetId = ids.get("budget");
        page = budgetId == null ? null : budgets.page(budgetId, false).orElse(null);
        Long asked = ids.get("envelope");
        if (page != null && asked != null && page.envelopes().stream().anyMatch(e -> e.id() == asked)) {
            envelopeId = asked;
        }
    }

    /** The view action: 404 without a budget to show. */
    public void check() {
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** Whether the budget takes ideas today (the form is shown only then). */
    public boolean isOpen() {
        return page != null && page.phase() == Phase.SUBMISSION;
    }

    public String save() {
        Proposal saved = store();
        messages.notice("idea.saved");
        ProposalRoutes.redirectTo(faces, saved);
        return null;
    }

    public String saveAndPublish() {
        Proposal saved = store();
        try {
            saved = proposals.publish(saved.getId());
            messages.notice("idea.published");
        } catch (BusinessException e) {
            messages.notice(e.getMessageKey(), e.getArguments());
        }
        ProposalRoutes.redirectTo(faces, saved);
        return null;
    }

    private Proposal store() {
        Place chosen = places.resolve(place, null);
        Proposal saved = ideas.submit(page.budget().getId(), new IdeaDraft(envelopeId, estimatedCost,
                new ProposalDraft(title, summary, body, themeCode, null)));
        return chosen == null ? saved : proposals.place(saved.getId(), chosen);
    }

    public PlaceFields getPlace() {
        return place;
    }

    public BudgetPage getPage() {
        return page;
    }

    public List<Theme> getThemes() {
        if (themes == null) {
            themes = taxonomy.themes();
        }
        return themes;
    }

    public String themeName(Theme theme) {
        return theme.name(locale.getLocale());
    }

    public Long getEnvelopeId() {
        return envelopeId;
    }

    public void setEnvelopeId(Long envelopeId) {
        this.envelopeId = envelopeId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public Long getEstimatedCost() {
        return estimatedCost;
    }

    public void setEstimatedCost(Long estimatedCost) {
        this.estimatedCost = estimatedCost;
    }
}
