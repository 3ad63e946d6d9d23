package org.civitas.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.proposals.ProposalPage;
import org.civitas.review.AnswerShown;
import org.civitas.review.ReviewService;

import java.util.List;

/** The officials' answers on a proposal's page, read once per request for the page's proposal. */
@Named
@RequestScoped
public class ProposalAnswersView {

    @Inject
    private ReviewService review;

    private List<AnswerShown> answers;

    /** The answers to the page's proposal, newest first; none when the page shows no proposal. */
    public List<AnswerShown> of(ProposalPage page) {
        if (answers == null) {
            answers = page == null ? List.of() : review.answers(page);
        }
        return answers;
    }
}
