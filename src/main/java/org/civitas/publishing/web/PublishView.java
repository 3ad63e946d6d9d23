package org.civitas.publishing.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.Texts;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.publishing.CityAccount;
import org.civitas.publishing.Publication;
import org.civitas.publishing.PublicationService;
import org.civitas.review.AnswerShown;
import org.civitas.review.ReviewService;
import org.civitas.sharing.ShareService;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Backs review/publish.xhtml?proposal=[&amp;answer=]: an official publishes a proposal or one of its answers to the
 * city's accounts. Ids are read in {@code @PostConstruct} from the request (hidden fields on the postback); the
 * networks are plain checkboxes ({@code network}).
 */
@Named
@RequestScoped
public class PublishView {

    @Inject
    private RequestIds ids;

    @Inject
    private PublicationService publications;

    @Inject
    private ShareService shares;

    @Inject
    private ReviewService reviews;

    @Inject
    private PublicAddress address;

    @Inject
    private Messages messages;

    @Inject
    private SignedInAccount me;

    @Inject
    private FacesContext faces;

    private Proposal proposal;
    private AnswerShown answer;
    private String text;

    @PostConstruct
    void read() {
        Long id = ids.get("proposal");
        Long answerId = ids.get("answer");
        proposal = id == null ? null : shares.shareable(id).orElse(null);
        if (proposal != null && answerId != null) {
            answer = reviews.answers(id).stream().filter(a -> a.id() == answerId).findFirst().orElse(null);
            if (answer == null) {
                proposal = null;
            }
        }
        if (proposal == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public boolean isFound() {
        return proposal != null;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public AnswerShown getAnswer() {
        return answer;
    }

    /** The accounts this official may publish to. */
    public List<CityAccount> getAccounts() {
        return publications.accountsFor(me.getId());
    }

    /** The networks this item already went to (or is waiting for): their box is not offered again. */
    public boolean isDone(String network) {
        return getPublications().stream().anyMatch(p -> p.getNetwork().equals(network)
                && Objects.equals(p.getAnswerId(), answer == null ? null : answer.id()));
    }

    private List<Publication> list;

    public List<Publication> getPublications() {
        if (list == null) {
            list = proposal == null ? List.of() : publications.of(proposal.getId());
        }
        return list;
    }

    public String getText() {
        if (text == null && proposal != null) {
            text = answer == null ? proposal.getTitle()
                    : Texts.get(faces.getViewRoot().getLocale(), "share.answerOf", proposal.getTitle());
        }
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String publish() {
        if (proposal == null) {
            return null;
        }
        String[] chosen = faces.getExternalContext().getRequestParameterValuesMap().get("network");
        String link = address.base((HttpServletRequest) faces.getExternalContext().getRequest())
                + ProposalAddress.of(proposal);
        publications.request(proposal.getId(), answer == null ? null : answer.id(),
                chosen == null ? List.of() : List.of(chosen), text, link);
        messages.notice("publish.queued");
        return "/review/publish.xhtml?faces-redirect=true&proposal=" + proposal.getId()
                + Optional.ofNullable(answer).map(a -> "&answer=" + a.id()).orElse("");
    }
}
