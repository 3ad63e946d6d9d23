package org.civitas.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;
import org.civitas.review.FeedAnswer;
import org.civitas.review.ReviewService;

import java.util.List;
import java.util.Optional;

/**
 * What the feeds carry: the newest published proposals (all, or of one theme) and the newest official answers,
 * never a draft or a hidden proposal, nor the answer to one; read through the proposals' and answers' own services.
 */
@Stateless
@PermitAll
public class FeedService {

    /** Entries per feed: readers poll often, and each poll reads only the newest. */
    public static final int SIZE = 50;

    @Inject
    private ProposalReader proposals;

    @Inject
    private ReviewService reviews;

    @Inject
    private TaxonomyService taxonomy;

    /** The newest published proposals, of one theme when {@code themeCode} is set. */
    public List<Proposal> newestProposals(String themeCode) {
        return proposals.newest(themeCode, SIZE);
    }

    /** The newest official answers to proposals that are still shown. */
    public List<FeedAnswer> newestAnswers() {
        return reviews.newest(SIZE);
    }

    public Optional<Theme> theme(String code) {
        return taxonomy.theme(code);
    }
}
