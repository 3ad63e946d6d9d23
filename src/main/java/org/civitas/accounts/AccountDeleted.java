package org.civitas.accounts;

/**
 * Announced by this feature, in the deletion's transaction, when a person deletes their account: their name is
 * already "anonymous" everywhere (it is read from the account); features that keep personal data of their own about
 * the account (notifications, say) delete it in that transaction. Public contributions stay.
 */
public record AccountDeleted(long accountId) {
}
