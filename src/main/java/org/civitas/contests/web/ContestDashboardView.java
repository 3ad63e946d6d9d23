package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.contests.ContestReader;

/** The dashboard's photo contests section: contests, photos approved, waiting and rejected, votes cast. */
@Named
@RequestScoped
public class ContestDashboardView {

    @Inject
    private ContestReader reader;

    private ContestReader.Figures figures;

    public ContestReader.Figures getFigures() {
        if (figures == null) {
            figures = reader.figures();
        }
        return figures;
    }
}
