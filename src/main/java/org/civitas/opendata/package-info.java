/**
 * Open data: the portal's public data for third parties, as CSV and JSON under {@code /api/opendata/v1/}. Only
 * what the interface shows to a visitor: published proposals that are not hidden (withdrawn ones flagged), their
 * visible comments, the status history with the officials' answers, votes as daily totals, themes and districts.
 * Authors by public display name only. Rows are streamed from the database as they are read (JDBC with a fetch
 * size), so memory does not grow with the tables. The datasets are declared once, in {@link Dataset}: the exports,
 * the data dictionary page and the tests read that declaration.
 */
package org.civitas.opendata;
