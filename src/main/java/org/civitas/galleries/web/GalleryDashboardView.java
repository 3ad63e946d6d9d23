package org.civitas.galleries.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.galleries.GalleryReader;

/** The dashboard's galleries figures: galleries published, photos shown in them. */
@Named
@RequestScoped
public class GalleryDashboardView {

    @Inject
    private GalleryReader reader;

    private GalleryReader.Figures figures;

    public GalleryReader.Figures getFigures() {
        if (figures == null) {
            figures = reader.figures();
        }
        return figures;
    }
}
