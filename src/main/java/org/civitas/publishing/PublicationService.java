package org.civitas.publishing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;
import org.civitas.accounts.Role;
import org.civitas.platform.AuditLog;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Callers;
import org.civitas.platform.PlainText;
import org.civitas.platform.SecretBox;
import org.civitas.platform.outbox.Outbox;
import org.civitas.platform.outbox.OutboxItem;
import org.civitas.proposals.Proposal;
import org.civitas.review.ReviewService;
import org.civitas.sharing.ShareService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Publishing proposals and answers to the city's own accounts. An official's request writes one publication per
 * network in the request's transaction; the outbox delivers each ({@link PublicationCourier}): claimed (the row
 * locked and marked SENDING, so two servers never take it together), posted outside any transaction, its outcome
 * recorded. A claim left SENDING by a server that stopped is taken again after {@code CIVITAS_PUBLISH_STALE_SECONDS},
 * and that attempt first asks the network whether the post is already there.
 */
@Stateless
public class PublicationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<CityAccount> accounts;

    @Inject
    private ShareService shares;

    @Inject
    private ReviewService reviews;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Inject
    private Outbox outbox;

    @Inject
    @Any
    private Instance<NetworkClient> clients;

    @Inject
    private SecretBox secrets;

    /**
     * The city's accounts that can be published to: the ones the server's environment configures, then the ones
     * administrators manage in the portal (in use, their secret openable), in a stable order.
     */
    @PermitAll
    public List<CityAccount> accounts() {
        List<CityAccount> all = new ArrayList<>(accounts.stream().filter(CityAccount::configured)
                .sorted(Comparator.comparing(CityAccount::id)).toList());
        managed().stream().filter(CityAccount::configured).forEach(all::add);
        return all;
    }

    /** The accounts an official may publish to. */
    @PermitAll
    public List<CityAccount> accountsFor(long official) {
        return accounts().stream().filter(a -> a.mayPublish(official)).toList();
    }

    /** An account by its id ("mastodon", "account-12"), usable or not. */
    @PermitAll
    public Optional<CityAccount> account(String id) {
        Optional<CityAccount> env = accounts.stream().filter(a -> a.id().equals(id)).findFirst();
        return env.isPresent() ? env : managed().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private List<CityAccount> managed() {
        return em.createQuery("SELECT a FROM NetworkAccount a ORDER BY a.name, a.id", NetworkAccount.class)
                .setHint("eclipselink.batch", "a.editors").setHint("eclipselink.batch.type", "IN")
                .getResultList().stream().<CityAccount>map(a -> new ManagedAccount(a, clients.stream()
                        .filter(c -> c.network() == a.getNetwork()).findFirst().orElse(null),
                        secrets.open(a.getSecretSealed()))).toList();
    }

    /**
     * An official asks to publish a proposal (or one of its answers) to some of the city's accounts, with a text;
     * {@code link} is the proposal's page without parameters: the post links to it (to the answer, for an answer)
     * with the UTM parameters and the key. Refused when the item cannot be shared, a network is unknown or not
     * configured, or it was already published (or is waiting) there.
     */
    @RolesAllowed(Role.Names.OFFICIAL)
    public List<Publication> request(long proposalId, Long answerId, @NotNull List<String> networks, String text,
                                     @NotNull String link) {
        Proposal proposal = shares.shareable(proposalId).orElseThrow(() ->
                new BusinessException(BusinessException.Kind.NOT_FOUND, "publish.notShareable"));
        if (answerId != null && reviews.answers(proposalId).stream().noneMatch(a -> a.id() == answerId)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "publish.notShareable");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > 500 || !body.matches(PlainText.REGEXP)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "publish.textInvalid");
        }
        List<String> chosen = networks.stream().distinct().toList();
        if (chosen.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "publish.noNetwork");
        }
        long official = Callers.requireAccountId(session);
        Instant now = clock.instant();
        List<Publication> created = new ArrayList<>();
        List<CityAccount> mine = accountsFor(official);
        for (String network : chosen) {
            CityAccount account = mine.stream().filter(a -> a.id().equals(network)).findFirst().orElseThrow(() ->
                    new BusinessException(BusinessException.Kind.INVALID, "publish.noNetwork"));
            String key = key(proposalId, answerId, network);
            boolean exists = !em.createQuery("SELECT p.id FROM Publication p WHERE p.idempotencyKey = :k", Long.class)
                    .setParameter("k", key).getResultList().isEmpty();
            if (exists) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "publish.already", account.label());
            }
            String tagged = ShareService.tagged(link, account.utmSource(), proposal.getId(), answerId, key);
            Publication p = new Publication(key, network, proposalId, answerId, body, tagged, official, now);
            em.persist(p);
            created.add(p);
            audit.record("PUBLISH_REQUESTED", "PROPOSAL", proposalId, network + (answerId == null ? "" : " answer " + answerId));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Another official asked for the same item and network at the same moment: the unique key decided.
            throw new BusinessException(BusinessException.Kind.CONFLICT, "publish.already", String.join(", ", chosen));
        }
        return created;
    }

    /** The publications of a proposal (and its answers), newest first. */
    @RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
    public List<Publication> of(long proposalId) {
        return em.createQuery("SELECT p FROM Publication p WHERE p.proposalId = :id ORDER BY p.createdAt DESC, p.id DESC",
                Publication.class).setParameter("id", proposalId).getResultList();
    }

    /** The latest publications, the ones needing attention (DEAD) first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Publication> recent(int first, int size) {
        return em.createQuery("SELECT p FROM Publication p ORDER BY CASE WHEN p.state = :dead THEN 0 ELSE 1 END, "
                        + "p.createdAt DESC, p.id DESC", Publication.class)
                .setParameter("dead", OutboxItem.State.DEAD)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 100))).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Publication p", Long.class).getSingleResult();
    }

    /** An administrator sends a dead publication again (same key: it still cannot be posted twice). */
    @RolesAllowed(Role.Names.ADMIN)
    public void retry(long id) {
        Publication p = outbox.retry(Publication.class, id);
        audit.record("PUBLISH_RETRIED", "PUBLICATION", id, p.getNetwork());
    }

    /**
     * Sent posts published since {@code since} whose figures were never read, then those read before
     * {@code staleBefore}, the stalest first; {@code max} at most.
     */
    @PermitAll
    public List<EngagementDue> engagementDue(Instant since, Instant staleBefore, int max) {
        String select = "SELECT NEW org.civitas.publishing.EngagementDue(p.id, p.network, p.remoteId) FROM Publication p "
                + "WHERE p.state = :sent AND p.remoteId IS NOT NULL AND p.createdAt >= :since AND ";
        List<EngagementDue> due = new ArrayList<>(em.createQuery(select + "p.engagementAt IS NULL ORDER BY p.id",
                        EngagementDue.class).setParameter("sent", OutboxItem.State.SENT).setParameter("since", since)
                .setMaxResults(Math.max(1, max)).getResultList());
        if (due.size() < max) {
            due.addAll(em.createQuery(select + "p.engagementAt < :stale ORDER BY p.engagementAt, p.id",
                            EngagementDue.class).setParameter("sent", OutboxItem.State.SENT).setParameter("since", since)
                    .setParameter("stale", staleBefore).setMaxResults(max - due.size()).getResultList());
        }
        return due;
    }

    /** Keeps what a post's network said of it now (or, {@code engagement} null, why it said nothing). */
    @PermitAll
    public void engagementRead(long id, Engagement engagement, String error) {
        Publication p = em.find(Publication.class, id);
        if (p != null) {
            p.engagement(engagement, error, clock.instant());
        }
    }

    /** The idempotency key of an item on a network: the same item is published at most once there. */
    static String key(long proposalId, Long answerId, String network) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("civitas:" + proposalId + ":"
                    + (answerId == null ? "-" : answerId) + ":" + network).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
