package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.StatelessPages;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalPage;
import org.civitas.proposals.ProposalReader;
import org.civitas.proposals.ProposalService;

import java.util.Objects;

/**
 * Backs proposal/view.xhtml, reached at {@code /proposals/{id}/{slug}}: the proposal read once as a
 * {@link ProposalPage}, which the page's parts receive (vote bar, answers, comments, share control), and for its author
 * the actions the status allows. A wrong slug redirects to the right address.
 */
@Named
@RequestScoped
public class ProposalPageView {

    static final String SLUG_ATTRIBUTE = "civitas.proposalSlug";

    @Inject
    private RequestIds ids;

    @Inject
    private ProposalReader reader;

    @Inject
    private ProposalService proposals;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private Long id;
    private ProposalPage page;
    private String removalReason;

    /**
     * Loads before anything else in the request, from the {@code id} parameter (the route's forward on a GET, a
     * hidden field on a postback): the author's buttons must know the proposal when the form is decoded, before
     * view parameters and view actions run.
     */
    @PostConstruct
    void read() {
        id = ids.get("id");
        page = id == null ? null : reader.page(id).orElse(null);
    }

    /** The view action, on a GET: 404 for nothing to show (410 with the reason when moderators removed it), a
     * permanent redirect for a wrong slug. */
    public void check() {
        StatelessPages.forVisitorsNow();
        ExternalContext external = faces.getExternalContext();
        if (page == null) {
            removalReason = id == null ? null : reader.removalReason(id).orElse(null);
            external.setResponseStatus(removalReason == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
            return;
        }
        Object slug = external.getRequestMap().get(SLUG_ATTRIBUTE);
        if (!Objects.equals(slug, page.proposal().getSlug())) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            // The query the visitor asked with (the route forwarded here with ?id=... of its own).
            Object query = external.getRequestMap().get(RequestDispatcher.FORWARD_QUERY_STRING);
            response.setHeader("Location", external.getRequestContextPath() + getPath() + (query == null ? "" : "?" + query));
            faces.responseComplete();
        }
    }

    /** Actions use the id (read before any action) rather than what was loaded for display. */
    public void publish() {
        Proposal published = proposals.publish(id);
        messages.notice("proposal.published");
        ProposalRoutes.redirectTo(faces, published);
    }

    public void withdraw() {
        Proposal withdrawn = proposals.withdraw(id);
        messages.notice("proposal.withdrawn");
        ProposalRoutes.redirectTo(faces, withdrawn);
    }

    /** The page's record; null when there is nothing to show. */
    public ProposalPage getPage() {
        return page;
    }

    /** The proposal itself (what most of the page shows); null when there is nothing to show. */
    public Proposal getProposal() {
        return page == null ? null : page.proposal();
    }

    /** The moderators' public reason when they removed the proposal (the page then says so, with a 410). */
    public String getRemovalReason() {
        return removalReason;
    }

    public boolean isAuthor() {
        return page != null && signedIn.isSignedIn() && Objects.equals(signedIn.getId(), page.proposal().getAuthorId());
    }

    public String getPath() {
        return ProposalAddress.of(page.id(), page.proposal().getSlug());
    }

    public String getThemeName() {
        return page.proposal().getTheme().name(locale.getLocale());
    }

    public Long getId() {
        return id;
    }

    public String getAuthorName() {
        return page.authorName() == null ? messages.text("account.anonymous") : page.authorName();
    }
}
