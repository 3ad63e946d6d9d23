/**
 * The officials' results dashboard and its exports (CSV, XLSX). A read model: it reads the tables of proposals,
 * votes, comments and sharing in grouped SQL, because it aggregates across features, and writes nothing. Groups with
 * fewer than ten participants are suppressed before anything leaves the service.
 */
package org.civitas.dashboard;
