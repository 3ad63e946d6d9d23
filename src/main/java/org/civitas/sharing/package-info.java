/**
 * Sharing proposals: link previews (Open Graph and Twitter Card tags, and a 1200×630 card drawn on the server when
 * a proposal has no photo), share targets and their counting, feeds (Atom, RSS) and embeddable cards with oEmbed.
 * The card is drawn with the portal's bundled fonts ({@link org.civitas.platform.Fonts}), so it looks the same on every
 * server. Publishing to the city's own accounts is {@code org.civitas.publishing}.
 */
package org.civitas.sharing;
