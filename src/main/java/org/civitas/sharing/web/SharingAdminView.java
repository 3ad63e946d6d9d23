package org.civitas.sharing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.sharing.ShareService;
import org.civitas.sharing.ShareTarget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Backs admin/sharing.xhtml: which share targets show on proposal pages, and in which order; which sites may embed
 * cards. The forms are plain inputs ({@code show} checkboxes, {@code pos-<id>} positions, {@code origins}) read from
 * the request on save.
 */
@Named
@RequestScoped
public class SharingAdminView {

    @Inject
    private ShareService shares;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    /** One line of the form: a target, whether it shows, its position. */
    public record Line(ShareTarget target, boolean shown, int position) {
    }

    public List<Line> getLines() {
        List<ShareTarget> shown = shares.targets();
        List<Line> lines = new ArrayList<>();
        int next = shown.size();
        for (ShareTarget t : shares.all()) {
            int index = shown.indexOf(t);
            lines.add(new Line(t, index >= 0, index >= 0 ? index + 1 : ++next));
        }
        lines.sort(Comparator.comparingInt(Line::position));
        return lines;
    }

    public String save() {
        Map<String, String[]> params = faces.getExternalContext().getRequestParameterValuesMap();
        List<String> chosen = params.containsKey("show") ? List.of(params.get("show")) : List.of();
        Map<String, String> single = faces.getExternalContext().getRequestParameterMap();
        List<String> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.comparingLong(id -> Numbers.parse(single.get("pos-" + id)).orElse(1000)));
        shares.choose(ordered);
        messages.notice("sharing.saved");
        return "/admin/sharing.xhtml?faces-redirect=true";
    }

    private String origins;

    /** The origins allowed to frame cards, one per line. */
    public String getOrigins() {
        if (origins == null) {
            origins = String.join("\n", shares.embedOrigins());
        }
        return origins;
    }

    public void setOrigins(String origins) {
        this.origins = origins;
    }

    public String saveOrigins() {
        shares.allowEmbedding(origins);
        messages.notice("sharing.originsSaved");
        return "/admin/sharing.xhtml?faces-redirect=true";
    }
}
