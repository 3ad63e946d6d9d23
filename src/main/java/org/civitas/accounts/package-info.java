/**
 * Accounts, roles and signing in. An account is identified by its email regardless of case; its password is kept
 * only as a PBKDF2-HMAC-SHA256 hash (600,000 iterations) and must pass {@link org.civitas.accounts.PasswordPolicy}.
 * Sign-in goes through Jakarta Security ({@link org.civitas.accounts.AccountIdentityStore}), with a lockout per email
 * and per IP address ({@link org.civitas.accounts.SignInGuard}, through the one rate limiter). A deleted account keeps its public contributions
 * under the name "anonymous" and loses everything that identifies a person. Blocking, unblocking and deleting an
 * account are announced ({@link org.civitas.accounts.AccountBlocked}, {@link org.civitas.accounts.AccountUnblocked},
 * {@link org.civitas.accounts.AccountDeleted}) for the features that keep what the account wrote or about it.
 */
package org.civitas.accounts;
