/**
 * Accounts, roles and signing in. An account is identified by its email regardless of case; its password is kept
 * only as a PBKDF2-HMAC-SHA256 hash (600,000 iterations) and must pass {@link org.civitas.accounts.PasswordPolicy}.
 * Sign-in goes through Jakarta Security ({@link org.civitas.accounts.AccountIdentityStore}), with a lockout per email
 * and per IP address ({@link org.civitas.accounts.LockoutPolicy}). A deleted account keeps its public contributions
 * under the name "anonymous" and loses everything that identifies a person.
 */
package org.civitas.accounts;
