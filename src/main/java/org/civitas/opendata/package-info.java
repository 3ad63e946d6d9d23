/**
 * Open data: the portal's public data for third parties, as CSV and JSON under {@code /api/opendata/v1/}. A read
 * model: it reads every feature's tables in plain SQL (each dataset declared once, in {@link org.civitas.opendata.Dataset})
 * and writes nothing. Only what the interface shows to a visitor: published proposals that are not hidden (withdrawn
 * ones flagged), their visible comments, the status history with the officials' answers, votes as daily totals,
 * themes and districts. Authors by public display name only. Rows are streamed from the database as they are read
 * (JDBC with a fetch size), so memory does not grow with the tables.
 */
package org.civitas.opendata;
