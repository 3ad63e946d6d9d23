package org.civitas.dashboard;

import org.civitas.platform.Texts;
import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard as one table for its exports (CSV, XLSX): one line per figure, saying what it measures, its key and
 * label, and the numbers; suppressed groups have empty numbers and say so.
 */
public final class DashboardTable {

    private DashboardTable() {
    }

    public static List<List<Object>> of(Dashboard d, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("measure", "key", "label", "proposals", "votes", "comments", "participants", "shares",
                "arrivals", "value", "note", "likes", "reposts", "replies"));
        rows.add(Arrays.asList("period", d.from() + "/" + d.to(), Texts.get(locale, "dashboard.title"), d.proposals(),
                d.votes(), d.comments(), d.participants(), null, null, null, null));
        for (ProposalStatus status : ProposalStatus.values()) {
            if (status != ProposalStatus.DRAFT) {
                rows.add(Arrays.asList("state", status.name(), Texts.get(locale, "status." + status.name()),
                        d.proposalsByState().getOrDefault(status, 0L), null, null, null, null, null, null, null));
            }
        }
        for (Dashboard.Group g : d.byTheme()) {
            rows.add(group("theme", g, g.name(locale), locale));
        }
        for (Dashboard.Group g : d.byDistrict()) {
            rows.add(group("district", g, g.code().equals("town") ? Texts.get(locale, "proposals.wholeTown")
                    : g.name(locale), locale));
        }
        for (Dashboard.Day day : d.days()) {
            rows.add(Arrays.asList("day", day.date().toString(), null, day.proposals(), day.votes(), null, null, null,
                    null, null, null));
        }
        for (ProposalRow top : d.top()) {
            rows.add(Arrays.asList("top", String.valueOf(top.id()), top.title(), null, (long) top.votesFor(),
                    (long) top.commentCount(), null, null, null, null, null));
        }
        rows.add(Arrays.asList("median-days-to-answer", null, Texts.get(locale, "dashboard.median"), (long) d.answered(),
                null, null, null, null, null,
                d.medianDaysToAnswer() == null ? null : Math.round(d.medianDaysToAnswer() * 10) / 10.0, null));
        for (Dashboard.Sharing share : d.sharing()) {
            rows.add(Arrays.asList("share", share.target(), share.label(), null, null, null, null, share.shares(),
                    share.arrivals(), null, null));
        }
        for (Dashboard.SharedProposal shared : d.sharedProposals()) {
            rows.add(Arrays.asList("shared-proposal", String.valueOf(shared.id()), shared.title(), null, null, null, null, shared.shares(),
                    shared.arrivals(), null, null));
        }
        for (Dashboard.Posted p : d.posted()) {
            rows.add(Arrays.asList("posts", p.network(), p.label(), p.posts(), null, null, null, p.shares(),
                    p.arrivals(), (double) p.interactions(), null, p.likes(), p.reposts(), p.replies()));
        }
        for (Dashboard.Post p : d.posts()) {
            rows.add(Arrays.asList("post", String.valueOf(p.id()), p.label() + " · " + p.title(), null, null, null,
                    null, null, null, null, p.url(), p.likes(), p.reposts(), p.replies()));
        }
        // Every line as wide as the header: the figures of posts come last, empty elsewhere
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() < rows.get(0).size()) {
                List<Object> wide = new ArrayList<>(rows.get(i));
                while (wide.size() < rows.get(0).size()) {
                    wide.add(null);
                }
                rows.set(i, wide);
            }
        }
        return rows;
    }

    private static List<Object> group(String measure, Dashboard.Group g, String label, Locale locale) {
        return Arrays.asList(measure, g.code(), label, g.proposals(), g.votes(), g.comments(), g.participants(), null,
                null, null, g.isSuppressed() ? Texts.get(locale, "dashboard.suppressedNote", Dashboard.MIN_GROUP) : null);
    }
}
