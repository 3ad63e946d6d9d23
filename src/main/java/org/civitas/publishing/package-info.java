/**
 * Publishing proposals and official answers to the city's own accounts (Mastodon, Bluesky, Facebook Pages, X): those
 * the server's environment configures, and as many more as administrators manage in the portal, each for a facility
 * or a district with the officials allowed to publish to it, their secrets sealed by {@link
 * org.civitas.platform.SecretBox}. An official's request writes one publication per account in the request's
 * transaction; a timer delivers each outside any transaction, with retries, and an administrator sends again what
 * failed; another reads back what each post achieved. The only feature that calls systems outside the server
 * ({@code publishing.networks}, one class per network).
 */
package org.civitas.publishing;
