package org.civitas.review.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Numbers;
import org.civitas.review.AnswerShown;
import org.civitas.review.ReviewService;

import java.util.List;

/** The officials' answers on a proposal's page (the page's {@code id} parameter). */
@Named
@RequestScoped
public class ProposalAnswersView {

    @Inject
    private ReviewService review;

    @Inject
    private FacesContext faces;

    private List<AnswerShown> answers = List.of();

    @PostConstruct
    void load() {
        Long id = Numbers.parseOrNull(faces.getExternalContext().getRequestParameterMap().get("id"));
        if (id == null) {
            return;
        }
        try {
            answers = review.answers(id);
        } catch (BusinessException e) {
            answers = List.of(); // the page itself says the proposal is not found
        }
    }

    public List<AnswerShown> getAnswers() {
        return answers;
    }
}
