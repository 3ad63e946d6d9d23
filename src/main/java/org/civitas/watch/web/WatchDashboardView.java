package org.civitas.watch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.watch.WatchService;

/** The dashboard's watch figures: items by state, found in the last 7 days, sources in use and failing. */
@Named
@RequestScoped
public class WatchDashboardView {

    @Inject
    private WatchService service;

    private WatchService.Figures figures;

    public WatchService.Figures getFigures() {
        if (figures == null) {
            figures = service.figures();
        }
        return figures;
    }
}
