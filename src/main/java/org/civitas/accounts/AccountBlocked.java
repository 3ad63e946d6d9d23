package org.civitas.accounts;

/**
 * Announced by this feature, in the blocking's transaction, when a moderator blocks an account: features that show
 * what the account wrote hide it in that transaction (cause BLOCK), so that nothing of it stays visible.
 */
public record AccountBlocked(long accountId) {
}
