package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestSummary;
import org.civitas.contests.PhotoEntry;
import org.civitas.platform.web.PublicAddress;
import org.civitas.platform.web.RequestIds;
import org.civitas.sharing.ShareService;

import java.util.List;

/**
 * Backs contests/photo.xhtml ({@code ?id=}): an approved photo, large, with its credit and licence, its link preview
 * (Open Graph and Twitter tags naming its card), links to share it (Pinterest pins the tall card), and during the
 * vote the button to vote for it. Anything not approved is a 404, whoever asks.
 */
@Named
@RequestScoped
public class ContestPhotoView {


    @Inject
    private RequestIds ids;

    @Inject
    private ContestReader reader;

    @Inject
    private SignedInAccount me;

    @Inject
    private PublicAddress address;

    @Inject
    private ShareService shares;

    @Inject
    private FacesContext faces;

    private PhotoEntry entry;
    private ContestSummary contest;
    private boolean loaded;

    public void load() {
        if (getEntry() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public PhotoEntry getEntry() {
        if (!loaded) {
            Long id = ids.get("id");
            entry = id == null ? null : reader.photo(id).orElse(null);
            contest = entry == null ? null : reader.contest(entry.contestId()).orElse(null);
            loaded = true;
        }
        return entry;
    }

    public ContestSummary getContest() {
        getEntry();
        return contest;
    }

    public boolean isVoted() {
        return getEntry() != null && me.isSignedIn() && reader.votedFor(entry.contestId(), me.getId())
                .contains(entry.id());
    }

    private String base() {
        return address.base((HttpServletRequest) faces.getExternalContext().getRequest());
    }

    public String getUrl() {
        return base() + "/contest/photo/" + getEntry().id();
    }

    public String getImageUrl() {
        return base() + "/photos/contests/" + getEntry().id() + ".jpg";
    }

    public String getCardUrl() {
        return base() + "/api/contests/photos/" + getEntry().id() + "/card.png";
    }

    public String getPortraitCardUrl() {
        return getCardUrl() + "?shape=portrait";
    }

    public List<ShareService.DirectLink> getShareLinks() {
        String url = getUrl();
        String title = getEntry().title() + " — " + entry.credit();
        String media = getPortraitCardUrl();
        return shares.directLinks(url, title, media);
    }
}
