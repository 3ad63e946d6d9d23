/**
 * Sharing proposals: link previews (Open Graph and Twitter Card tags, and a 1200×630 card drawn on the server when
 * a proposal has no photo), share targets and their counting. The fonts the card is drawn with are bundled
 * (DejaVu Sans, free licence in {@code fonts/LICENSE-DejaVu.txt}) so the card looks the same on every server.
 */
package org.civitas.sharing;
