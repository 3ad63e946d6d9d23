package org.civitas.publishing;

/** A sent post whose figures are due for reading: its publication, network and id there. */
public record EngagementDue(long id, String network, String remoteId) {
}
