package org.civitas.dashboard;

import org.civitas.proposals.ProposalRow;
import org.civitas.proposals.ProposalStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a period: what the officials' dashboard shows and exports. Figures by theme or district whose
 * group counts fewer than {@link #MIN_GROUP} participants are suppressed (their numbers are not even computed into
 * this object), so that nobody can be singled out.
 */
public record Dashboard(LocalDate from, LocalDate to, Map<ProposalStatus, Long> proposalsByState, long proposals,
                        long votes, long comments, long participants, List<Group> byTheme, List<Group> byDistrict,
                        List<Day> days, List<ProposalRow> top, Double medianDaysToAnswer, int answered,
                        List<Sharing> sharing, List<SharedProposal> sharedProposals, List<Posted> posted,
                        List<Post> posts) {

    /**
     * The town's posts on one of its accounts over the period (published through Civitas): how many, what they
     * achieved as the network last said (likes, reposts, replies), and the shares to that network and arrivals from it
     * that the portal counted itself.
     */
    public record Posted(String network, String label, long posts, long likes, long reposts, long replies, long shares,
                         long arrivals) {

        public long interactions() {
            return likes + reposts + replies;
        }
    }

    /** One post of the town over the period, with its figures (null until its network was first asked). */
    public record Post(long id, String network, String label, long proposalId, String title, String url,
                       Instant publishedAt, Integer likes, Integer reposts, Integer replies) {
    }

    /** The proposals shared most over the period (shares then arrivals), with their totals over all networks. */
    public record SharedProposal(long id, String slug, String title, long shares, long arrivals) {
    }

    /** Shares and arrivals of one network over the period; {@code label} is the network's name. */
    public record Sharing(String target, String label, long shares, long arrivals) {
    }

    /** Smallest group whose figures are shown. */
    public static final int MIN_GROUP = 10;

    /** A theme's or a district's figures; all null when suppressed. */
    public record Group(String code, String nameFr, String nameEn, Long proposals, Long votes, Long comments,
                        Long participants) {

        public boolean isSuppressed() {
            return participants == null;
        }

        public String name(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameFr;
        }
    }

    /** One day of the chart: new proposals and votes cast. */
    public record Day(LocalDate date, long proposals, long votes) {
    }
}
