package org.civitas.town;

import java.util.List;

/**
 * One line of the first-run checklist: what it checks (a message key {@code checklist.<item>}), whether it is done,
 * what is left (message keys, empty when done) and the administration page that does it.
 */
public record ChecklistItem(String item, boolean done, List<String> left, String page) {
}
