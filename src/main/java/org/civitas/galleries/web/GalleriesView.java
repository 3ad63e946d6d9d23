package org.civitas.galleries.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.galleries.GalleryReader;
import org.civitas.galleries.GallerySummary;
import org.civitas.platform.Numbers;

import java.util.List;

/** Backs galleries/index.xhtml ({@code /galleries}): the published galleries, newest first, 20 a page. */
@Named
@RequestScoped
public class GalleriesView {

    static final int PAGE_SIZE = 20;

    @Inject
    private GalleryReader reader;

    private String page;
    private List<GallerySummary> galleries;
    private long total;
    private int pageIndex;

    public void load() {
        if (galleries != null) {
            return;
        }
        total = reader.count(false);
        pageIndex = Math.max(0, Math.min(getPageCount() - 1, Numbers.page(page, Integer.MAX_VALUE) - 1));
        galleries = reader.galleries(pageIndex * PAGE_SIZE, PAGE_SIZE, false);
    }

    public List<GallerySummary> getGalleries() {
        load();
        return galleries;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getCurrentPage() {
        load();
        return pageIndex + 1;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
