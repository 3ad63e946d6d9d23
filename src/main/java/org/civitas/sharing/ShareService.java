package org.civitas.sharing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Setting;
import org.civitas.platform.CachedSettings;
import org.civitas.platform.SettingsService;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.proposals.Proposal;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalReader;
import org.civitas.review.ReviewService;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Share targets and what sharing brings: clicks on share buttons and visits arriving from a share, counted per
 * proposal, network and day (no cookie, no person). Each count locks the proposal's row, so two clicks at once
 * both count.
 */
@Stateless
public class ShareService {

    public enum Kind { SHARE, ARRIVAL }

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<ShareTarget> targets;

    @Inject
    private ProposalReader proposals;

    @Inject
    private ReviewService reviews;

    @Inject
    private SettingsService settings;

    @Inject
    private CachedSettings cachedSettings;

    @Inject
    private AuditLog audit;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    /** The setting that lists the targets shown, in order (ids separated by commas); all of them when unset. */
    static final String SETTING = "sharing.targets";

    /** Every share target the portal knows, in their default order. */
    @PermitAll
    public List<ShareTarget> all() {
        return targets.stream().sorted(Comparator.comparingInt(ShareTarget::order)).toList();
    }

    /** A network's direct share link for a page. */
    public record DirectLink(String label, String url) {
    }

    /**
     * Direct share links for a page that is not a proposal (a guest book message, a contest photo, a gallery): every
     * target that needs nothing typed, in the default order, straight to the network (not counted, unlike a
     * proposal's shares); {@code media} is the picture for the networks that pin one, or null.
     */
    @PermitAll
    public List<DirectLink> directLinks(String url, String title, String media) {
        return all().stream().filter(t -> !t.asksForOption())
                .flatMap(t -> t.shareUrl(url, title, null, media).map(u -> new DirectLink(t.label(), u)).stream())
                .toList();
    }

    /**
     * The targets shown, in the order an administrator chose (all, in their default order, until one chooses). Read on
     * every proposal's page: the choice comes from {@link CachedSettings} (seen at once on this server, within its
     * freshness on the others).
     */
    @PermitAll
    public List<ShareTarget> targets() {
        List<ShareTarget> all = all();
        Optional<String> chosen = cachedSettings.value(SETTING);
        if (chosen.isEmpty()) {
            return all;
        }
        List<ShareTarget> shown = new ArrayList<>();
        for (String id : chosen.get().split(",")) {
            all.stream().filter(t -> t.id().equals(id.strip())).findFirst().filter(t -> !shown.contains(t))
                    .ifPresent(shown::add);
        }
        return shown;
    }

    /** An administrator chooses the targets shown and their order; unknown ids are refused. */
    @RolesAllowed("ADMIN")
    public void choose(@NotNull List<String> ids) {
        List<String> known = all().stream().map(ShareTarget::id).toList();
        List<String> kept = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if (kept.isEmpty() || !known.containsAll(kept)) {
            throw new BusinessException(BusinessException.Kind.INVALID,
                    "sharing.chooseInvalid");
        }
        settings.put(SETTING, String.join(",", kept));
        audit.record("CHOOSE_SHARE_TARGETS", "SETTING", 0, String.join(",", kept));
    }

    /**
     * A proposal's address with the UTM parameters of a share to {@code target} ({@code utm_content} when
     * {@code content} is set), leading to one of its answers when {@code answerId} is set.
     */
    public static String tagged(String page, String target, long proposalId, Long answerId, String content) {
        return page + "?utm_source=" + target + "&utm_medium=social&utm_campaign=proposal-" + proposalId
                + (content == null ? "" : "&utm_content=" + content) + (answerId == null ? "" : "#answer-" + answerId);
    }

    /** The setting that lists the origins allowed to show embedded cards in a frame (separated by spaces). */
    static final String EMBED_SETTING = "sharing.embed-origins";
    private static final String NO_ORIGIN = "none";
    private static final Pattern ORIGIN =
            Pattern.compile("https?://[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?");

    /** The origins (scheme, host, port) whose pages may frame the embeddable cards; none until an admin lists some. */
    @PermitAll
    public List<String> embedOrigins() {
        return settings.find(EMBED_SETTING).map(Setting::getValue)
                .filter(v -> !NO_ORIGIN.equals(v)).map(v -> List.of(v.split(" "))).orElse(List.of());
    }

    /**
     * An administrator lists the sites allowed to embed cards: one origin per line or separated by spaces, such as
     * {@code https://www.ville.fr}; a trailing slash is dropped; anything else (a path, a wildcard, a script) is refused.
     */
    @RolesAllowed("ADMIN")
    public List<String> allowEmbedding(String text) {
        List<String> origins = new ArrayList<>();
        for (String word : (text == null ? "" : text).split("[\\s,]+")) {
            String origin = word.strip().toLowerCase(Locale.ROOT).replaceFirst("/$", "");
            if (origin.isEmpty()) {
                continue;
            }
            if (!ORIGIN.matcher(origin).matches() || origin.length() > 100) {
                throw BusinessException.ofField(BusinessException.Kind.INVALID, "origins",
                        "sharing.originInvalid", word.length() > 100 ? word.substring(0, 100) + "…" : word);
            }
            if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        String value = origins.isEmpty() ? NO_ORIGIN : String.join(" ", origins);
        if (value.length() > 500) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "origins", "sharing.originsTooMany");
        }
        settings.put(EMBED_SETTING, value);
        audit.record("ALLOW_EMBEDDING", "SETTING", 0, value);
        return origins;
    }

    /** A target that is shown (a hidden one cannot be used through /s/ either). */
    @PermitAll
    public Optional<ShareTarget> target(String id) {
        return targets().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** What a share is about: a shareable proposal, a shown target, and one of the proposal's answers or none. */
    public record Shared(Proposal proposal, ShareTarget target, Long answerId) {
    }

    /**
     * The shareable proposal, the shown target and the answer (of that proposal) that a share's address names
     * ({@code /s/{id}/{target}?answer=}), if all exist.
     */
    @PermitAll
    public Optional<Shared> shared(long proposalId, String targetId, String answer) {
        Optional<ShareTarget> target = target(targetId);
        Optional<Proposal> proposal = target.isEmpty() ? Optional.empty() : shareable(proposalId);
        if (proposal.isEmpty()) {
            return Optional.empty();
        }
        if (answer == null) {
            return Optional.of(new Shared(proposal.get(), target.get(), null));
        }
        if (!answer.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long answerId = Long.parseLong(answer);
        return reviews.answers(proposalId).stream().anyMatch(a -> a.id() == answerId)
                ? Optional.of(new Shared(proposal.get(), target.get(), answerId)) : Optional.empty();
    }

    /**
     * Where sharing sends the person: the network's share page with the proposal's tagged link (from the portal's
     * public address {@code base}) and title, in {@code locale}; empty when the target needs an option it did not get
     * (a Mastodon instance that is not a plain host name).
     */
    public static Optional<String> destination(Shared shared, String option, String base, Locale locale) {
        Proposal p = shared.proposal();
        String link = tagged(base + ProposalAddress.of(p), shared.target().id(), p.getId(), shared.answerId(), null);
        String title = shared.answerId() == null ? p.getTitle() : Texts.get(locale, "share.answerOf", p.getTitle());
        return shared.target().shareUrl(link, title, option);
    }

    /** A proposal that can be shared: public and not hidden. */
    @PermitAll
    public Optional<Proposal> shareable(long proposalId) {
        return proposals.openToAll(proposalId);
    }

    /** Counts one share or arrival for a shareable proposal and a known target; anything else counts nothing. */
    @PermitAll
    public void count(long proposalId, String targetId, Kind kind) {
        count(proposalId, targetId, kind, 1);
    }

    /**
     * Counts {@code times} shares or arrivals at once, on the clock's day: the demo town's past, seeded at start-up
     * (a visitor's click counts one).
     */
    @PermitAll
    public void count(long proposalId, String targetId, Kind kind, int times) {
        Optional<ShareTarget> target = kind == Kind.ARRIVAL
                ? all().stream().filter(t -> t.id().equals(targetId)).findFirst() : target(targetId);
        if (target.isEmpty() || shareable(proposalId).isEmpty() || times < 1) {
            return;
        }
        proposals.serialize(proposalId);
        Date today = Date.valueOf(LocalDate.ofInstant(clock.instant(), town.getZone()));
        String column = kind == Kind.SHARE ? "shares" : "arrivals";
        int updated = em.createNativeQuery("UPDATE share_day SET " + column + " = " + column + " + ?, version = version + 1 "
                        + "WHERE proposal_id = ? AND target = ? AND share_date = ?")
                .setParameter(1, times).setParameter(2, proposalId).setParameter(3, targetId).setParameter(4, today)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO share_day (version, proposal_id, target, share_date, shares, arrivals) "
                            + "VALUES (1, ?, ?, ?, ?, ?)")
                    .setParameter(1, proposalId).setParameter(2, targetId).setParameter(3, today)
                    .setParameter(4, kind == Kind.SHARE ? times : 0).setParameter(5, kind == Kind.ARRIVAL ? times : 0)
                    .executeUpdate();
        }
    }
}
