package org.civitas.following.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.following.FollowRow;
import org.civitas.following.FollowService;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.Numbers;

import java.util.List;

/** Backs account/following.xhtml: what the caller follows, the latest first, 20 a page, each with its unfollow button. */
@Named
@RequestScoped
public class FollowingView {

    static final int PAGE_SIZE = 20;

    @Inject
    private FollowService follows;

    @Inject
    private LocaleSelection locale;

    @Inject
    private FacesContext faces;

    private int page;
    private long total;
    private List<FollowRow> items;

    @PostConstruct
    void load() {
        total = follows.countMine();
        page = Numbers.page(faces.getExternalContext().getRequestParameterMap().get("page"), getPageCount());
        items = follows.mine((page - 1) * PAGE_SIZE, PAGE_SIZE, locale.getLocale());
    }

    public List<FollowRow> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
