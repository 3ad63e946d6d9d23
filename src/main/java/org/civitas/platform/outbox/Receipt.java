package org.civitas.platform.outbox;

/** What a receiver answered to a delivery: its id for what it received, and its public address, when it has them. */
public record Receipt(String id, String url) {

    public static final Receipt NONE = new Receipt(null, null);
}
