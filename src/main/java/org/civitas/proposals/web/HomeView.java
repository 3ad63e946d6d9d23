package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.AccountService;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;

import java.util.List;

/** Backs index.xhtml, the home page: what the portal is for, its themes and districts, how many take part. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private AccountService accounts;

    private List<Theme> themes;
    private List<District> districts;
    private long citizenCount;

    @PostConstruct
    void load() {
        themes = taxonomy.themes();
        districts = taxonomy.districts();
        citizenCount = accounts.countActive();
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public List<District> getDistricts() {
        return districts;
    }

    public long getCitizenCount() {
        return citizenCount;
    }
}
