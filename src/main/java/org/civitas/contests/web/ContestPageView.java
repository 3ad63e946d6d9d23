package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestService;
import org.civitas.contests.ContestSummary;
import org.civitas.contests.PhotoEntry;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

import java.util.List;
import java.util.Set;

/**
 * Backs contests/view.xhtml ({@code ?id=}, {@code &page=}): a contest, its winners once published, its approved
 * photos (24 a page), and for a signed-in person their own submissions and, during the vote, a button under each
 * photo to vote or withdraw (plain forms: no script needed). An unknown contest is a 404.
 */
@Named
@RequestScoped
public class ContestPageView {

    @Inject
    private ContestReader reader;

    @Inject
    private ContestService contests;

    @Inject
    private SignedInAccount me;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String page;
    private ContestSummary contest;
    private boolean loaded;
    private List<PhotoEntry> photos;
    private List<PhotoEntry> winners;
    private List<PhotoEntry> mine;
    private Set<Long> votedFor;
    private int pageIndex;

    public void load() {
        if (getContest() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public String vote() {
        long photo = ids.require("photo");
        contests.vote(photo);
        messages.notice("contest.voted");
        return back();
    }

    public String withdraw() {
        long photo = ids.require("photo");
        contests.withdraw(photo);
        messages.notice("contest.withdrawn");
        return back();
    }

    /** Back to where the button was: the contest's page (its page number kept) or the photo's. */
    private String back() {
        Long from = ids.get("from");
        if (from != null) {
            return "/contests/photo.xhtml?faces-redirect=true&id=" + from;
        }
        return "/contests/view.xhtml?faces-redirect=true&id=" + ids.get("id")
                + (page == null || page.isBlank() ? "" : "&page=" + Numbers.page(page, 100_000));
    }

    public ContestSummary getContest() {
        if (!loaded) {
            Long id = ids.get("id");
            contest = id == null ? null : reader.contest(id).orElse(null);
            loaded = true;
        }
        return contest;
    }

    public List<PhotoEntry> getPhotos() {
        if (photos == null && getContest() != null) {
            pageIndex = Math.max(0, Math.min(getPageCount() - 1, Numbers.page(page, Integer.MAX_VALUE) - 1));
            photos = reader.photos(contest.id(), pageIndex * ContestReader.PAGE_SIZE, ContestReader.PAGE_SIZE);
        }
        return photos == null ? List.of() : photos;
    }

    public List<PhotoEntry> getWinners() {
        if (winners == null) {
            winners = getContest() == null || !contest.isResults() ? List.of() : reader.winners(contest.id());
        }
        return winners;
    }

    public List<PhotoEntry> getMine() {
        if (mine == null) {
            mine = getContest() == null || !me.isSignedIn() ? List.of() : reader.mine(contest.id(), me.getId());
        }
        return mine;
    }

    public Set<Long> getVotedFor() {
        if (votedFor == null) {
            votedFor = getContest() == null || !me.isSignedIn() ? Set.of() : reader.votedFor(contest.id(), me.getId());
        }
        return votedFor;
    }

    public boolean voted(long photo) {
        return getVotedFor().contains(photo);
    }

    /** How many votes the signed-in person has left. */
    public int getVotesLeft() {
        return getContest() == null ? 0 : Math.max(0, contest.votesPerAccount() - getVotedFor().size());
    }

    public boolean isJuror() {
        return getContest() != null && me.isSignedIn() && reader.isJuror(contest.id(), me.getId());
    }

    public int getPageCount() {
        return getContest() == null ? 1
                : (int) Math.max(1, (contest.photoCount() + ContestReader.PAGE_SIZE - 1) / ContestReader.PAGE_SIZE);
    }

    public int getCurrentPage() {
        getPhotos();
        return pageIndex + 1;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
