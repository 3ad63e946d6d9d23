package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.AccountService;
import org.civitas.proposals.District;
import org.civitas.proposals.ProposalQuery;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;

import java.util.List;

/** Backs index.xhtml, the home page: what the portal is for, the most supported and newest proposals, how to take part. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private AccountService accounts;

    @Inject
    private ProposalReader proposals;

    private List<Theme> themes;
    private List<District> districts;
    private long citizenCount;
    private List<ProposalRow> mostSupported;
    private List<ProposalRow> newest;

    @PostConstruct
    void load() {
        themes = taxonomy.themes();
        districts = taxonomy.districts();
        citizenCount = accounts.countActive();
        mostSupported = proposals.list(new ProposalQuery(null, null, null, null, ProposalQuery.Sort.MOST_SUPPORTED), 0, 4);
        newest = proposals.list(new ProposalQuery(null, null, null, null, ProposalQuery.Sort.NEWEST), 0, 4);
    }

    public List<ProposalRow> getMostSupported() {
        return mostSupported;
    }

    public List<ProposalRow> getNewest() {
        return newest;
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
