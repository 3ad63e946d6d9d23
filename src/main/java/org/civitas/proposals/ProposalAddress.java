package org.civitas.proposals;

/**
 * The one place that builds a proposal's address, relative to the portal's root: {@code /proposals/42/its-slug}, the
 * page people bookmark and share, and {@code /proposals/42}, which redirects to it (for links made before the slug
 * is known, or after it changed). Pages, mails, feeds, cards and the API all take it from here; the full address is
 * the portal's public address followed by this.
 */
public final class ProposalAddress {

    private static final String ROOT = "/proposals/";

    private ProposalAddress() {
    }

    public static String of(long id, String slug) {
        return ROOT + id + "/" + slug;
    }

    public static String of(Proposal proposal) {
        return of(proposal.getId(), proposal.getSlug());
    }

    public static String of(ProposalRow row) {
        return of(row.id(), row.slug());
    }

    /** The short address, answered with a permanent redirect to the one with the slug. */
    public static String of(long id) {
        return ROOT + id;
    }

    /** A place on the proposal's page: an answer ({@code answer-7}), a comment ({@code c-12}). */
    public static String of(long id, String slug, String anchor) {
        return of(id, slug) + "#" + anchor;
    }
}
