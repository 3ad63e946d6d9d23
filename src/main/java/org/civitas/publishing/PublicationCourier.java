package org.civitas.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.outbox.Courier;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * Posts the outbox's publications to the city's accounts. An attempt that was interrupted (the server stopped while it
 * waited for the network) first asks the network whether the post is there: Mastodon ignores a repeated
 * idempotency key, Bluesky's record key is derived from the publication, Facebook and X are searched for the key that
 * every link carries.
 */
@ApplicationScoped
public class PublicationCourier implements Courier<Publication> {

    @Inject
    private PublicationService publications;

    @Inject
    @ConfigProperty(name = "civitas.publish.poll-seconds", defaultValue = "15")
    private long pollSeconds;

    @Inject
    @ConfigProperty(name = "civitas.publish.max-attempts", defaultValue = "6")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "civitas.publish.retry-seconds", defaultValue = "60")
    private long retrySeconds;

    @Inject
    @ConfigProperty(name = "civitas.publish.stale-seconds", defaultValue = "300")
    private long staleSeconds;

    @Override
    public Class<Publication> kind() {
        return Publication.class;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Duration poll() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    @Override
    public Duration retryBase() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    @Override
    public Duration longestWait() {
        return Duration.ofHours(1);
    }

    @Override
    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    @Override
    public Duration staleAfter() {
        return Duration.ofSeconds(Math.max(1, staleSeconds));
    }

    @Override
    public Receipt deliver(Publication publication, boolean interrupted) throws DeliveryFailure {
        CityAccount account = publications.account(publication.getNetwork()).filter(CityAccount::configured)
                .orElseThrow(() -> new DeliveryFailure(null, false,
                        "The server's environment no longer configures " + publication.getNetwork()));
        // Proposals and answers are written in the town's language.
        CityAccount.Post post = new CityAccount.Post(publication.getId(), publication.getIdempotencyKey(),
                publication.getText(), publication.getLink(), publication.getCreatedAt(), "fr");
        Optional<Receipt> already = interrupted ? account.find(post) : Optional.empty();
        return already.isPresent() ? already.get() : account.publish(post);
    }
}
