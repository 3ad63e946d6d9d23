/**
 * What every feature shares: the base entities, the one vocabulary of failures ({@link org.civitas.platform.BusinessException}),
 * the clock, translations, database migrations, settings, the rate limiter, the audit log, the mail outbox, HTTP
 * security headers and the REST application with its problem-details mappers. It imports no feature and knows no
 * feature's rules.
 */
package org.civitas.platform;
