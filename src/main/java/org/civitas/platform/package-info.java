/**
 * What every feature shares: the base entity, the one vocabulary of failures ({@link org.civitas.platform.BusinessException}),
 * the clock, translations, database migrations, demo data, HTTP security headers and the REST application with its
 * problem-details mappers. Nothing here knows about a feature's rules; features never depend on each other's internals.
 */
package org.civitas.platform;
