/**
 * Participatory budgeting (issue 20): a budget a town sets aside for its residents to decide, with dated phases
 * (information, submission of ideas, technical review, vote, results, follow-up) whose current one decides what pages
 * offer and what the API accepts, and its amount split into envelopes (the whole town, each district). This feature
 * owns the budget and envelope tables; the counting rules live in {@code results}, pure Java, with no database.
 */
package org.civitas.budgets;
