package org.civitas.accounts;

/**
 * Announced by this feature, in the unblocking's transaction: features show again what the blocking hid (cause BLOCK
 * only, never what a moderator decided on).
 */
public record AccountUnblocked(long accountId) {
}
