/**
 * Publishing proposals and official answers to the city's own accounts (Mastodon, Bluesky, a Facebook Page, X). An
 * official's request writes one publication per network in the request's transaction; a timer delivers each outside
 * any transaction, with retries, and an administrator sends again what failed. The only feature that calls systems
 * outside the server ({@code publishing.networks}, one class per network, credentials from the environment only).
 */
package org.civitas.publishing;
