package org.civitas.opendata.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.opendata.Dataset;
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

    /** The themes, each with its own feed. */
    public List<Theme> getThemes() {
        return taxonomy.themes();
    }

    public List<Dataset> getDatasets() {
        return List.of(Dataset.values());
    }

    /** The API's base address as this request sees it, for the examples. */
    public String getApiBase() {
        var external = faces.getExternalContext();
        String scheme = external.getRequestScheme();
        int port = external.getRequestServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + external.getRequestContextPath() + "/api/opendata/v1";
    }

    public boolean isKey(Dataset dataset, String field) {
        return dataset.primaryKey().contains(field);
    }
}
