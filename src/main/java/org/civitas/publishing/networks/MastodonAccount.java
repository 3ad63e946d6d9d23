package org.civitas.publishing.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.civitas.publishing.Credentials;
import org.civitas.publishing.Network;
import org.civitas.publishing.Engagement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;

/**
 * The city's Mastodon account: {@code POST /api/v1/statuses} with an access token ({@code CIVITAS_MASTODON_URL},
 * {@code CIVITAS_MASTODON_TOKEN}). Mastodon honours the {@code Idempotency-Key} header, so an interrupted attempt is
 * simply sent again with the same key.
 */
@ApplicationScoped
public class MastodonAccount extends EnvironmentAccount {

    @Inject
    @ConfigProperty(name = "civitas.mastodon.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "civitas.mastodon.token")
    private Optional<String> token;

    @Inject
    private AccountHttp http;

    @Override
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent() && token.filter(t -> !t.isBlank()).isPresent();
    }

    @Override
    public Network network() {
        return Network.MASTODON;
    }

    @Override
    protected Credentials env() {
        return new Credentials(url.orElse(null), null, token.orElse(null));
    }

    @Override
    public Receipt publish(Credentials c, Post post) throws DeliveryFailure {
        JsonObject status = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/api/v1/statuses")
                .header("Authorization", "Bearer " + c.secret())
                .header("Idempotency-Key", post.key())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(AccountHttp.form(Map.of("status", PostText.fit(post.text(), post.link(), 500),
                        "visibility", "public", "language", post.language())))
                .build());
        return new Receipt(AccountHttp.field(status, "id"), status.getString("url", null));
    }

    /** {@code GET /api/v1/statuses/{id}}: its favourites, boosts and replies. */
    @Override
    public Optional<Engagement> engagement(Credentials c, String remoteId) throws DeliveryFailure {
        JsonObject status = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/api/v1/statuses/"
                + AccountHttp.encode(remoteId)).header("Authorization", "Bearer " + c.secret()).GET().build());
        return Optional.of(new Engagement(AccountHttp.count(status, "favourites_count"),
                AccountHttp.count(status, "reblogs_count"), AccountHttp.count(status, "replies_count")));
    }

    /** Mastodon ignores a repeated idempotency key: sending again is harmless, there is nothing to look for. */
    @Override
    public Optional<Receipt> find(Credentials c, Post post) {
        return Optional.empty();
    }
}
