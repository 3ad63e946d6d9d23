package org.civitas.budgets.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.budgets.BallotKind;
import org.civitas.budgets.BallotService;
import org.civitas.budgets.BudgetPage;
import org.civitas.budgets.BudgetService;
import org.civitas.budgets.Phase;
import org.civitas.budgets.ProjectRow;
import org.civitas.budgets.Voter;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Backs budgets/vote.xhtml?id=&envelope=: an envelope's projects on the ballot (filtered by theme and highest cost,
 * cheapest first) and, for a resident, their basket: what is left in euros and as a bar, a button per project to add
 * or take it out, and the confirmation that makes it their ballot. Every action is a plain form post followed by a
 * redirect to the same address, so the page works without JavaScript; a refusal ("does not fit") is told on the page.
 */
@Named
@RequestScoped
public class BallotView {

    public static final int PAGE_SIZE = 50;

    private static final Pattern ACTION = Pattern.compile("(add|remove):(\\d{1,18})");

    @Inject
    private RequestIds ids;

    @Inject
    private BudgetService budgets;

    @Inject
    private BallotService ballots;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private BallotService.BasketPage page;
    private String theme;
    private Long maxCost;
    private int pageIndex;
    private List<Theme> themes = List.of();

    /** Form fields of the declaration. */
    private String district;
    private boolean ofAge;

    @PostConstruct
    void read() {
        Long budgetId = ids.get("id");
        BudgetPage budget = budgetId == null ? null : budgets.page(budgetId, false).orElse(null);
        if (budget == null || budget.envelopes().isEmpty()) {
            return;
        }
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        themes = taxonomy.themes();
        String askedTheme = params.get("theme");
        theme = themes.stream().map(Theme::getCode).filter(c -> c.equals(askedTheme)).findFirst().orElse(null);
        maxCost = ids.get("maxCost");
        Long asked = ids.get("envelope");
        long envelope = budget.envelopes().stream().map(BudgetPage.EnvelopeRow::id).filter(e -> e.equals(asked))
                .findFirst().orElse(budget.envelopes().get(0).id());
        pageIndex = Numbers.page(params.get("page"), 10_000) - 1;
        page = ballots.page(budgetId, envelope, theme, maxCost, pageIndex * PAGE_SIZE, PAGE_SIZE).orElse(null);
    }

    /** The view action: 404 without a public budget. */
    public void check() {
        if (page == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String declare() {
        ballots.declare(page.budget().budget().getId(), new BallotService.Declaration(district, ofAge));
        messages.notice("ballot.declared");
        return again();
    }

    /**
     * A project's button: its value says what to do with which project ("add:41", "remove:41"); anything else changes
     * nothing.
     */
    public String basketAction() {
        String asked = faces.getExternalContext().getRequestParameterMap().get("basketAction");
        Matcher m = asked == null ? null : ACTION.matcher(asked);
        if (m == null || !m.matches()) {
            return again();
        }
        long project = Long.parseLong(m.group(2));
        if (m.group(1).equals("add")) {
            ballots.add(page.budget().budget().getId(), page.envelope().id(), project);
        } else {
            ballots.remove(page.budget().budget().getId(), page.envelope().id(), project);
        }
        return again();
    }

    public String confirm() {
        ballots.confirm(page.budget().budget().getId(), page.envelope().id(), null);
        messages.notice("ballot.confirmedNotice");
        return again();
    }

    /** Back to this page by GET (post, redirect, get), with its envelope and filters. */
    private String again() {
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + pageUrl(pageIndex + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** The address of a page of this envelope's list (or another envelope's, first page). */
    public String pageUrl(int number) {
        return url(page.envelope().id(), number);
    }

    public String envelopeUrl(long envelopeId) {
        return url(envelopeId, 1);
    }

    private String url(long envelopeId, int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("id", Long.toString(page.budget().budget().getId()));
        params.put("envelope", Long.toString(envelopeId));
        params.put("theme", theme);
        params.put("maxCost", maxCost == null ? null : maxCost.toString());
        if (number > 1) {
            params.put("page", Integer.toString(number));
        }
        return "/budgets/vote.xhtml?" + params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Whether the vote is open: the phase, and the projects published. */
    public boolean isVoting() {
        return page.budget().phase() == Phase.VOTING && page.budget().budget().isProjectsPublished();
    }

    /** Whether the signed-in resident votes in the envelope shown. */
    public boolean isMine() {
        Voter voter = page.voter();
        return voter != null && (page.envelope().isTownWide() || page.envelope().districtCode() != null
                && Objects.equals(districtIdOf(page.envelope().districtCode()), voter.getDistrictId()));
    }

    private Long districtIdOf(String code) {
        return taxonomy.allDistricts().stream().filter(d -> d.getCode().equals(code)).map(District::getId).findFirst()
                .orElse(null);
    }

    public boolean isApproval() {
        return page.budget().budget().getBallotKind() == BallotKind.APPROVAL;
    }

    /** Whether a project would not fit what is left of the basket (shown, and said again if added). */
    public boolean fits(ProjectRow project) {
        return isApproval() ? page.basket().size() < page.budget().budget().getMaxChoices()
                : project.cost() <= page.left();
    }

    /** The bar's value: what the basket spends, in whole percent of the envelope. */
    public long getSpentPercent() {
        return page.envelope().amount() == 0 ? 0 : Math.min(100, page.spent() * 100 / page.envelope().amount());
    }

    /** The districts that have an envelope: what a resident may declare. */
    public List<BudgetPage.EnvelopeRow> getDistrictEnvelopes() {
        return page.budget().envelopes().stream().filter(e -> !e.isTownWide()).toList();
    }

    public String themeName(Theme t) {
        return t.name(locale.getLocale());
    }

    public String themeName(ProjectRow row) {
        return row.themeName(locale.getLocale());
    }

    public BallotService.BasketPage getPage() {
        return page;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public String getTheme() {
        return theme;
    }

    /** The filter is read from the address in {@link #read}; its field (a GET form, outside the page's forms) writes nothing. */
    public void setTheme(String ignored) {
        // read in read()
    }

    public Long getMaxCost() {
        return maxCost;
    }

    public int getPageCount() {
        return page == null ? 1 : (int) Math.max(1, (page.projectCount() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getCurrentPage() {
        return pageIndex + 1;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public boolean isOfAge() {
        return ofAge;
    }

    public void setOfAge(boolean ofAge) {
        this.ofAge = ofAge;
    }
}
