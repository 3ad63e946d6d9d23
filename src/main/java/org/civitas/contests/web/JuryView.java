package org.civitas.contests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.web.SignedInAccount;
import org.civitas.contests.ContestReader;
import org.civitas.contests.ContestService;
import org.civitas.contests.ContestSummary;
import org.civitas.contests.PhotoEntry;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Numbers;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;

import java.util.List;
import java.util.Map;

/**
 * Backs contests/jury.xhtml ({@code ?id=}, signed in): a juror's sheet, every approved photo of the contest with a
 * score from 0 to 10 (one form per photo, so that a score saved is never lost with another's mistake). Someone not
 * on the jury gets a 403; an unknown contest a 404.
 */
@Named
@RequestScoped
public class JuryView {

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

    @Inject
    private HttpServletRequest request;

    private static final int PAGE_SIZE = 50;

    private String page;
    private int pageIndex;
    private ContestSummary contest;
    private boolean loaded;
    private List<PhotoEntry> photos;
    private Map<Long, Integer> scores;

    public void load() {
        if (getContest() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (!isJuror()) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Saves one photo's score, from its own field ({@code score}). */
    public String save() {
        Long score = Numbers.parseOrNull(request.getParameter("score"));
        if (score == null || score < 0 || score > 10) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "score", "contest.scoreRange");
        }
        long photo = ids.require("photo");
        contests.score(photo, score.intValue());
        messages.notice("contest.scored");
        return "/contests/jury.xhtml?faces-redirect=true&id=" + ids.get("id") + "&page=" + getCurrentPage();
    }

    public ContestSummary getContest() {
        if (!loaded) {
            Long id = ids.get("id");
            contest = id == null ? null : reader.contest(id).orElse(null);
            loaded = true;
        }
        return contest;
    }

    public boolean isJuror() {
        return getContest() != null && reader.isJuror(contest.id(), me.getId());
    }

    /** The photos to score, 50 a page. */
    public List<PhotoEntry> getPhotos() {
        if (photos == null) {
            pageIndex = Math.max(0, Math.min(getPageCount() - 1, Numbers.page(page, Integer.MAX_VALUE) - 1));
            photos = isJuror() ? reader.photos(contest.id(), pageIndex * PAGE_SIZE, PAGE_SIZE) : List.of();
        }
        return photos;
    }

    public int getPageCount() {
        return getContest() == null ? 1 : (int) Math.max(1, (contest.photoCount() + PAGE_SIZE - 1) / PAGE_SIZE);
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

    public Map<Long, Integer> getScores() {
        if (scores == null) {
            scores = isJuror() ? reader.scoresOf(contest.id(), me.getId()) : Map.of();
        }
        return scores;
    }
}
