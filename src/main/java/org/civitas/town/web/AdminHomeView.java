package org.civitas.town.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.town.ChecklistItem;
import org.civitas.town.TownService;

import java.util.List;

/** Backs admin/index.xhtml: the first-run checklist, what is done and what is left, each with the page that does it. */
@Named
@RequestScoped
public class AdminHomeView {

    @Inject
    private TownService town;

    private List<ChecklistItem> items;

    public List<ChecklistItem> getItems() {
        if (items == null) {
            items = town.checklist();
        }
        return items;
    }

    public long getLeft() {
        return getItems().stream().filter(i -> !i.done()).count();
    }
}
