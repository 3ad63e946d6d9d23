package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestSummary;
import org.civitas.platform.Numbers;

import java.util.List;

/** Backs contests/index.xhtml ({@code /contests}): the contests, newest first, 20 a page ({@code ?page=}). */
@Named
@RequestScoped
public class ContestsView {

    static final int PAGE_SIZE = 20;

    @Inject
    private ContestReader reader;

    private String page;
    private List<ContestSummary> contests;
    private long total;
    private int pageIndex;

    public void load() {
        if (contests != null) {
            return;
        }
        total = reader.count();
        pageIndex = Math.max(0, Math.min(getPageCount() - 1, Numbers.page(page, Integer.MAX_VALUE) - 1));
        contests = reader.contests(pageIndex * PAGE_SIZE, PAGE_SIZE);
    }

    public List<ContestSummary> getContests() {
        load();
        return contests;
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
