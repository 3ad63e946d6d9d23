package org.civitas.sharing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.web.LocaleSelection;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.RequestIds;
import org.civitas.platform.web.SecurityHeadersFilter;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.sharing.ShareService;

import java.util.List;

/**
 * Backs share/card.xhtml, reached at {@code /embed/proposals/{id}}: a small card (theme, title, tallies, a link to
 * vote) for a town's other sites to show in an iframe. No script, no cookie, no form. Framing is allowed only for the
 * origins an administrator lists ({@code frame-ancestors}); everywhere else browsers refuse to show it in a frame.
 */
@Named
@RequestScoped
public class EmbedView {

    @Inject
    private RequestIds ids;

    @Inject
    private ShareService shares;

    @Inject
    private PublicAddress address;

    @Inject
    private LocaleSelection locale;

    @Inject
    private Town town;

    @Inject
    private FacesContext faces;

    private Proposal proposal;

    /** The view action: the card's own policy and caching, or a 404. */
    public void load() {
        ExternalContext external = faces.getExternalContext();
        Long id = ids.get("id");
        proposal = id == null ? null : shares.shareable(id).orElse(null);
        faces.getViewRoot().setTransient(true);
        if (proposal == null) {
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SecurityHeadersFilter.ownPolicy((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), framingPolicy(shares.embedOrigins()));
        // Not cached: a change to the listed sites or to the tallies shows at once.
        external.setResponseHeader("Cache-Control", "no-cache");
        external.setResponseHeader("Vary", "Cookie");
    }

    /** The page's policy: nothing but its stylesheet, and framing by the listed origins only. */
    static String framingPolicy(List<String> origins) {
        return "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors "
                + (origins.isEmpty() ? "'none'" : String.join(" ", origins));
    }

    public Proposal getProposal() {
        return proposal;
    }

    public String getThemeName() {
        return proposal.getTheme().name(locale.getLocale());
    }

    /** The proposal's page, tagged as reached from an embedded card. */
    public String getLink() {
        return getCanonical() + "?utm_source=embed&utm_medium=embed&utm_campaign=proposal-" + proposal.getId();
    }

    public String getCanonical() {
        return address.base((HttpServletRequest) faces.getExternalContext().getRequest()) + ProposalAddress.of(proposal);
    }

    public String getSiteName() {
        return Texts.get(locale.getLocale(), "site.name") + " " + town.getName();
    }
}
