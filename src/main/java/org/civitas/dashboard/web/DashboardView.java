package org.civitas.dashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.civitas.dashboard.Dashboard;
import org.civitas.dashboard.DashboardPeriod;
import org.civitas.dashboard.DashboardService;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.proposals.ProposalStatus;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Backs dashboard/index.xhtml?from=&amp;to=: the period's figures, the chart of each day (a Chart.js configuration
 * for PrimeFaces' chart, also shown as a table), figures by theme and district with small groups suppressed, the
 * most supported proposals and the median time to answer.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    private DashboardService dashboards;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    @Inject
    private FacesContext faces;

    private Dashboard dashboard;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        DashboardPeriod period = DashboardPeriod.of(params.get("from"), params.get("to"), clock, town);
        dashboard = dashboards.compute(period.from(), period.to());
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<ProposalStatus> getStates() {
        return List.of(ProposalStatus.values()).stream().filter(s -> s != ProposalStatus.DRAFT).toList();
    }

    public long byState(ProposalStatus status) {
        return dashboard.proposalsByState().getOrDefault(status, 0L);
    }

    public String groupName(Dashboard.Group group) {
        return group.code().equals("town") ? Texts.get(locale.getLocale(), "proposals.wholeTown")
                : group.name(locale.getLocale());
    }

    /** The export's address for this period. */
    public String exportUrl(String format) {
        return faces.getExternalContext().getRequestContextPath() + "/dashboard/export?format=" + format
                + "&from=" + dashboard.from() + "&to=" + dashboard.to();
    }

    /** Chart.js configuration: new proposals and votes per day. */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder votes = Json.createArrayBuilder();
        JsonArrayBuilder proposals = Json.createArrayBuilder();
        for (Dashboard.Day day : dashboard.days()) {
            labels.add(day.date().toString());
            votes.add(day.votes());
            proposals.add(day.proposals());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", text("dashboard.votes")).add("data", votes)
                                        .add("borderColor", "#000091").add("backgroundColor", "#000091").add("yAxisID", "y"))
                                .add(Json.createObjectBuilder().add("label", text("dashboard.newProposals"))
                                        .add("data", proposals).add("borderColor", "#c9191e")
                                        .add("backgroundColor", "#c9191e").add("yAxisID", "y1"))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("title", axisTitle("dashboard.axisDay")))
                                // Counts: whole numbers only on the axes (precision 0), each axis named
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left")
                                        .add("title", axisTitle("dashboard.votes"))
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                                .add("y1", Json.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                                        .add("title", axisTitle("dashboard.newProposals"))
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)))))
                .build().toString();
    }

    private JsonObjectBuilder axisTitle(String key) {
        return Json.createObjectBuilder().add("display", true).add("text", text(key));
    }

    private String text(String key) {
        return Texts.get(locale.getLocale(), key);
    }
}
