/**
 * Proposals and what they are filed under: the town's themes and districts. For now it holds the taxonomy
 * ({@link org.civitas.proposals.TaxonomyService}); proposals themselves, their lifecycle and list arrive with the
 * citizen's loop. Themes carry a French and an English name; districts are proper names.
 */
package org.civitas.proposals;
