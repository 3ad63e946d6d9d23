/**
 * The results of a participatory budget's vote, for one envelope at a time: which projects are funded under the
 * greedy rule ("most votes first") and under the Method of Equal Shares with its Add1 completion, why each other
 * project was not, and the Pabulib file that lets anyone recompute them. Pure JDK and exact arithmetic
 * ({@link org.civitas.budgets.results.Rational}, never floating point), so that a published result does not depend
 * on rounding and can be checked to the cent by another implementation; it knows nothing of storage or pages.
 */
package org.civitas.budgets.results;
