package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.BusinessException;
import org.civitas.platform.PlainLine;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.TaxonomyService.Kind;
import org.civitas.proposals.TaxonomyTerm;
import org.civitas.proposals.Theme;
import org.civitas.proposals.ThemeNames;

import java.util.List;
import java.util.Map;

/**
 * Backs admin/taxonomy.xhtml: the town's themes and districts, set up without SQL. Each list shows every entry with
 * its place, names and state, and buttons to move it, rename it ({@code ?theme=code} or {@code ?district=code} opens
 * its form) and retire or restore it; a form below each adds one. Every action redirects back (post, redirect, get).
 */
@Named
@RequestScoped
public class TaxonomyAdminView {

    private static final String PAGE = "/admin/taxonomy.xhtml?faces-redirect=true";

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private List<Theme> themes;
    private List<District> districts;

    /** The theme or district whose names are being edited, from {@code ?theme=} or {@code ?district=}. */
    private String editedTheme;
    private String editedDistrict;

    @Size(max = 40)
    @Pattern(regexp = TaxonomyTerm.CODE, message = "{taxonomy.codeFormat}")
    private String code;

    @NotBlank
    @Size(max = 80)
    @PlainLine
    private String nameFr;

    @Size(max = 80)
    @PlainLine
    private String nameEn;

    @PostConstruct
    void read() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        editedTheme = params.get("theme");
        editedDistrict = params.get("district");
        if (!faces.isPostback()) {
            if (editedTheme != null) {
                taxonomy.theme(editedTheme).ifPresentOrElse(t -> {
                    nameFr = t.getNameFr();
                    nameEn = t.getNameEn();
                }, () -> editedTheme = null);
            } else if (editedDistrict != null) {
                getDistricts().stream().filter(d -> d.getCode().equals(editedDistrict)).findFirst()
                        .ifPresentOrElse(d -> nameFr = d.getName(), () -> editedDistrict = null);
            }
        }
    }

    public List<Theme> getThemes() {
        if (themes == null) {
            themes = taxonomy.allThemes();
        }
        return themes;
    }

    public List<District> getDistricts() {
        if (districts == null) {
            districts = taxonomy.allDistricts();
        }
        return districts;
    }

    public String addTheme() {
        Theme theme = taxonomy.addTheme(blankToNull(code), new ThemeNames(nameFr, englishOrFrench()));
        messages.notice("taxonomy.themeAdded", theme.getNameFr(), theme.getCode());
        return PAGE;
    }

    public String addDistrict() {
        District district = taxonomy.addDistrict(blankToNull(code), nameFr);
        messages.notice("taxonomy.districtAdded", district.getName(), district.getCode());
        return PAGE;
    }

    public String renameTheme() {
        taxonomy.renameTheme(editedTheme, new ThemeNames(nameFr, englishOrFrench()));
        messages.notice("taxonomy.renamed", nameFr);
        return PAGE;
    }

    public String renameDistrict() {
        taxonomy.renameDistrict(editedDistrict, nameFr);
        messages.notice("taxonomy.renamed", nameFr);
        return PAGE;
    }

    public String moveUp() {
        Target target = target("moveUp");
        taxonomy.move(target.kind(), target.code(), true);
        return PAGE;
    }

    public String moveDown() {
        Target target = target("moveDown");
        taxonomy.move(target.kind(), target.code(), false);
        return PAGE;
    }

    public String retire() {
        Target target = target("retire");
        taxonomy.retire(target.kind(), target.code());
        messages.notice("taxonomy.retired", nameOf(target));
        return PAGE;
    }

    public String restore() {
        Target target = target("restore");
        taxonomy.restore(target.kind(), target.code());
        messages.notice("taxonomy.restored", nameOf(target));
        return PAGE;
    }

    private String nameOf(Target target) {
        List<? extends TaxonomyTerm> all = target.kind() == Kind.THEME ? getThemes() : getDistricts();
        return all.stream().filter(t -> t.getCode().equals(target.code())).findFirst()
                .map(t -> t.name(faces.getViewRoot().getLocale())).orElse(target.code());
    }

    /** Which entry a row's button names: its value is {@code THEME:code} or {@code DISTRICT:code}. */
    private record Target(Kind kind, String code) {
    }

    private Target target(String button) {
        String value = faces.getExternalContext().getRequestParameterMap().get(button);
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon > 0) {
            for (Kind kind : Kind.values()) {
                if (kind.name().equals(value.substring(0, colon))) {
                    return new Target(kind, value.substring(colon + 1));
                }
            }
        }
        throw new BusinessException(BusinessException.Kind.BAD_REQUEST, "taxonomy.notFound", String.valueOf(value));
    }

    /** A theme's English name may be left empty at first: it is the French one until someone translates it. */
    private String englishOrFrench() {
        return nameEn == null || nameEn.isBlank() ? nameFr : nameEn;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getEditedTheme() {
        return editedTheme;
    }

    public String getEditedDistrict() {
        return editedDistrict;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
