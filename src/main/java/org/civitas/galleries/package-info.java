/**
 * Galleries, the town's shop window (issue 22): collections an official curates of contest photos (shown only while a
 * moderator keeps them approved) and of the town's own photos, each with its page, a photo wall that works on a phone,
 * and an RSS feed with full-size images that Pinterest's and other networks' automatic publishing read. Reads the
 * contests' photos (their state and words), never writes them.
 */
package org.civitas.galleries;
