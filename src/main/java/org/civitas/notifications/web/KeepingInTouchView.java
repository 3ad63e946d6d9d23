package org.civitas.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.following.FollowKind;
import org.civitas.following.FollowService;
import org.civitas.notifications.Cadence;
import org.civitas.notifications.DigestRun;
import org.civitas.notifications.Digests;
import org.civitas.notifications.NoticePreferences;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "keeping in touch" section of the officials' dashboard (dashboard/index.xhtml): who follows what, how many
 * changed their mail choices or stopped some, and the last digests. Figures of the whole town, naming nobody; read once
 * per request.
 */
@Named
@RequestScoped
public class KeepingInTouchView {

    @Inject
    private FollowService follows;

    @Inject
    private NoticePreferences preferences;

    @Inject
    private Digests digests;

    private long followers;
    private Map<FollowKind, Long> byKind;
    private long[] choices;
    private List<DigestRun> runs;

    @PostConstruct
    void load() {
        followers = follows.countFollowers();
        byKind = follows.countsByKind();
        choices = preferences.countChoices();
        runs = digests.lastRuns(10);
    }

    public long getFollowers() {
        return followers;
    }

    public Map<FollowKind, Long> getByKind() {
        return byKind;
    }

    public List<FollowKind> getKinds() {
        return List.of(FollowKind.values());
    }

    public long getChoosers() {
        return choices[0];
    }

    public long getStoppers() {
        return choices[1];
    }

    /** The last daily digest run, or null. */
    public DigestRun getLastDaily() {
        return last(Cadence.DAILY).orElse(null);
    }

    /** The last weekly digest run, or null. */
    public DigestRun getLastWeekly() {
        return last(Cadence.WEEKLY).orElse(null);
    }

    private Optional<DigestRun> last(Cadence cadence) {
        return runs.stream().filter(r -> r.getCadence() == cadence).findFirst();
    }
}
