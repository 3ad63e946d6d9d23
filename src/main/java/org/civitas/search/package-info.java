/**
 * Search: one box over what the public sees (proposals and budget ideas, comments, official answers, budget projects),
 * ranked, with the words found highlighted. A read model: it reads the tables of proposals, comments, review and
 * budgets directly, in SQL, because it searches across them, and writes nothing. On PostgreSQL, full-text search in
 * French and English with GIN indexes the database keeps (migration V42); on embedded Derby, a simpler scan that finds
 * the same things on a development town's data ({@link org.civitas.search.SearchService}).
 */
package org.civitas.search;
