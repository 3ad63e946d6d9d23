package org.civitas.moderation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.moderation.ModerationService;
import org.civitas.platform.Numbers;

import java.util.List;

/** Backs moderation/queue.xhtml: reported and auto-hidden items, oldest report first, 20 a page. */
@Named
@RequestScoped
public class ModerationQueueView {

    static final int PAGE_SIZE = 20;

    @Inject
    private ModerationService moderation;

    @Inject
    private FacesContext faces;

    private int page;
    private long total;
    private List<ModerationService.QueueItem> items;

    @PostConstruct
    void load() {
        total = moderation.queueSize();
        int pages = getPageCount();
        page = Numbers.page(faces.getExternalContext().getRequestParameterMap().get("page"), pages);
        items = moderation.queue((page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public List<ModerationService.QueueItem> getItems() {
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
