package org.civitas.opendata.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.opendata.Dataset;
import org.civitas.platform.web.PublicAddress;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;

import java.util.List;

/** Backs opendata.xhtml: the datasets and their data dictionary, read from the one declaration in {@link Dataset}. */
@Named
@RequestScoped
public class OpenDataPageView {

    @Inject
    private FacesContext faces;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private PublicAddress address;

    /** The themes, each with its own feed. */
    public List<Theme> getThemes() {
        return taxonomy.themes();
    }

    public List<Dataset> getDatasets() {
        return List.of(Dataset.values());
    }

    /**
     * The API's base address for the examples, from the portal's public address: the Host header is the caller's to
     * choose, and a page kept by a cache must not show someone else's host.
     */
    public String getApiBase() {
        return address.base((HttpServletRequest) faces.getExternalContext().getRequest()) + "/api/opendata/v1";
    }

    public boolean isKey(Dataset dataset, String field) {
        return dataset.primaryKey().contains(field);
    }
}
