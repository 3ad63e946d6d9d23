/**
 * "Download my data" (GDPR access and portability): everything the portal holds about one person, as one JSON
 * document. A read model: it reads every feature's tables about the signed-in account in plain SQL (each section
 * declared once, in {@link org.civitas.privacy.MyDataSection}) and writes nothing of its own; each download counts
 * with the platform's rate limiter and leaves a {@code DATA_EXPORTED} line in the audit log. Rows are streamed from
 * the database as they are read, so a prolific account's file is not held in memory. Never a password hash, a token's
 * secret or another person's identity.
 */
package org.civitas.privacy;
