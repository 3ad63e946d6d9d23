package org.civitas.proposals.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.platform.web.StatelessPages;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Numbers;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalService;
import org.civitas.proposals.ProposalStatusChange;

import java.util.List;
import java.util.Objects;

/**
 * Backs proposal/view.xhtml, reached at {@code /proposals/{id}/{slug}}: the proposal, its author, its history,
 * and for its author the actions the status allows. A wrong slug redirects to the right address.
 */
@Named
@RequestScoped
public class ProposalPageView {

    static final String SLUG_ATTRIBUTE = "civitas.proposalSlug";

    @Inject
    private ProposalService proposals;

    @Inject
    private AccountService accounts;

    @Inject
    private SignedInAccount signedIn;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private org.civitas.platform.web.PublicAddress address;

    private Long id;
    private Proposal proposal;
    private String removalReason;
    private String authorName;
    private List<ProposalStatusChange> history = List.of();
    private List<List<PlainText.Piece>> paragraphs = List.of();

    /**
     * Loads before anything else in the request, from the {@code id} parameter (the route's forward on a GET, a
     * hidden field on a postback): the author's buttons must know the proposal when the form is decoded, before
     * view parameters and view actions run.
     */
    @PostConstruct
    void read() {
        String param = faces.getExternalContext().getRequestParameterMap().get("id");
        id = Numbers.parseOrNull(param);
        proposal = id == null ? null : proposals.find(id).orElse(null);
        if (proposal != null) {
            authorName = accounts.findActive(proposal.getAuthorId()).map(Account::getDisplayName)
                    .orElse(messages.text("account.anonymous"));
            history = proposals.history(id);
            paragraphs = PlainText.paragraphs(proposal.getBody());
        }
    }

    /** Link previews: the address to share, the image (the photo, or the drawn card) and its size. */
    public Preview getPreview() {
        if (proposal == null) {
            return null;
        }
        return Preview.of(address.base((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest()),
                proposal, proposals);
    }

    /** The oEmbed discovery address of this page (for sites that embed a link to it). */
    public String getOembed() {
        Preview preview = getPreview();
        return preview == null ? null : address.base((jakarta.servlet.http.HttpServletRequest) faces.getExternalContext()
                .getRequest()) + "/oembed?format=json&url=" + java.net.URLEncoder.encode(preview.url(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What link previews (and oEmbed thumbnails) show of a proposal. */
    public record Preview(String url, String image, int width, int height, String imageType) {

        /** The proposal's address, and its photo, or else its drawn card (1200×630). */
        public static Preview of(String base, org.civitas.proposals.Proposal proposal,
                                 org.civitas.proposals.ProposalService proposals) {
            String url = base + ProposalRoutes.path(proposal.getId(), proposal.getSlug());
            if (proposal.getPhotoId() != null) {
                int[] size = proposals.photoSize(proposal.getPhotoId()).orElse(new int[]{1600, 1200});
                return new Preview(url, base + "/photos/" + proposal.getPhotoId() + ".jpg", size[0], size[1], "image/jpeg");
            }
            return new Preview(url, base + "/cards/" + proposal.getId() + ".png", 1200, 630, "image/png");
        }
    }

    /** The moderators' public reason when they removed the proposal (the page then says so, with a 410). */
    public String getRemovalReason() {
        return removalReason;
    }

    /** The view action, on a GET: 404 for nothing to show, a permanent redirect for a wrong slug. */
    public void check() {
        StatelessPages.forVisitorsNow();
        ExternalContext external = faces.getExternalContext();
        if (proposal == null) {
            removalReason = id == null ? null : proposals.removalReason(id).orElse(null);
            external.setResponseStatus(removalReason == null ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
            return;
        }
        Object slug = external.getRequestMap().get(SLUG_ATTRIBUTE);
        if (!Objects.equals(slug, proposal.getSlug())) {
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            // The query the visitor asked with (the route forwarded here with ?id=... of its own).
            Object query = external.getRequestMap().get(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
            response.setHeader("Location", external.getRequestContextPath() + getPath() + (query == null ? "" : "?" + query));
            faces.responseComplete();
        }
    }

    /** Actions use the id (a view parameter, set before any action) rather than what the view action loaded. */
    public String publish() {
        try {
            Proposal published = proposals.publish(id);
            messages.notice("proposal.published");
            return redirectTo(published);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    public String withdraw() {
        try {
            Proposal withdrawn = proposals.withdraw(id);
            messages.notice("proposal.withdrawn");
            return redirectTo(withdrawn);
        } catch (BusinessException e) {
            messages.error(e);
            return null;
        }
    }

    private String redirectTo(Proposal target) {
        ProposalRoutes.redirectTo(faces, target);
        return null;
    }

    public boolean isAuthor() {
        return proposal != null && signedIn.isSignedIn() && Objects.equals(signedIn.getId(), proposal.getAuthorId());
    }

    public String getPath() {
        return ProposalRoutes.path(proposal.getId(), proposal.getSlug());
    }

    public String getThemeName() {
        return proposal.getTheme().name(locale.getLocale());
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public String getAuthorName() {
        return authorName;
    }

    public List<ProposalStatusChange> getHistory() {
        return history;
    }

    public List<List<PlainText.Piece>> getParagraphs() {
        return paragraphs;
    }
}
