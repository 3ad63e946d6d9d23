package org.civitas.budgets;

/** Where a funded project stands, as its latest milestone says: planned, being studied, under works, delivered. */
public enum DeliveryStatus {
    PLANNED,
    STUDIES,
    WORKS,
    DELIVERED;

    /** The key of its name in the messages. */
    public String messageKey() {
        return "followUp.status." + name();
    }
}
