package org.civitas.publishing.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.civitas.publishing.CityAccount;
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
public class MastodonAccount implements CityAccount {

    @Inject
    @ConfigProperty(name = "civitas.mastodon.url")
    private Optional<String> url;

    @Inject
    @ConfigProperty(name = "civitas.mastodon.token")
    private Optional<String> token;

    @Inject
    private AccountHttp http;

    @Override
    public String id() {
        return "mastodon";
    }

    @Override
    public String label() {
        return "Mastodon";
    }

    @Override
    public boolean configured() {
        return url.filter(u -> !u.isBlank()).isPresent() && token.filter(t -> !t.isBlank()).isPresent();
    }

    @Override
    public Receipt publish(Post post) throws DeliveryFailure {
        JsonObject status = http.json(http.request(AccountHttp.base(url.orElseThrow()) + "/api/v1/statuses")
                .header("Authorization", "Bearer " + token.orElseThrow())
                .header("Idempotency-Key", post.key())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(AccountHttp.form(Map.of("status", PostText.fit(post.text(), post.link(), 500),
                        "visibility", "public", "language", post.language())))
                .build());
        return new Receipt(AccountHttp.field(status, "id"), status.getString("url", null));
    }

    /** {@code GET /api/v1/statuses/{id}}: its favourites, boosts and replies. */
    @Override
    public Optional<Engagement> engagement(String remoteId) throws DeliveryFailure {
        JsonObject status = http.json(http.request(AccountHttp.base(url.orElseThrow()) + "/api/v1/statuses/"
                + AccountHttp.encode(remoteId)).header("Authorization", "Bearer " + token.orElseThrow()).GET().build());
        return Optional.of(new Engagement(AccountHttp.count(status, "favourites_count"),
                AccountHttp.count(status, "reblogs_count"), AccountHttp.count(status, "replies_count")));
    }
}
