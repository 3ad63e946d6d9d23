package org.civitas.funding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.funding.FundingReader;

/** The dashboard's citizen-funding figures: campaigns open, succeeded and failed, money raised and pledges counted. */
@Named
@RequestScoped
public class FundingDashboardView {

    @Inject
    private FundingReader reader;

    private FundingReader.Figures figures;

    public FundingReader.Figures getFigures() {
        if (figures == null) {
            figures = reader.figures();
        }
        return figures;
    }
}
