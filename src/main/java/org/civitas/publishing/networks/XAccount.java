package org.civitas.publishing.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.civitas.publishing.Credentials;
import org.civitas.publishing.Network;
import org.civitas.publishing.Engagement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;

/**
 * The city's X account, through API v2: {@code POST /2/tweets} with an OAuth 2.0 user access token
 * ({@code CIVITAS_X_URL}, by default https://api.x.com, {@code CIVITAS_X_TOKEN}, {@code CIVITAS_X_USER_ID}). X has
 * no idempotency key: an interrupted attempt first reads the account's latest posts and looks for the publication's
 * key in their expanded links.
 */
@ApplicationScoped
public class XAccount extends EnvironmentAccount {

    @Inject
    @ConfigProperty(name = "civitas.x.url", defaultValue = "https://api.x.com")
    private String url;

    @Inject
    @ConfigProperty(name = "civitas.x.token")
    private Optional<String> token;

    @Inject
    @ConfigProperty(name = "civitas.x.user-id")
    private Optional<String> user;

    @Inject
    private AccountHttp http;

    @Override
    public boolean configured() {
        return token.filter(t -> !t.isBlank()).isPresent() && user.filter(u -> u.matches("[0-9]{1,30}")).isPresent();
    }

    @Override
    public Network network() {
        return Network.X;
    }

    @Override
    protected Credentials env() {
        return new Credentials(url, user.orElse(null), token.orElse(null));
    }

    @Override
    public Receipt publish(Credentials c, Post post) throws DeliveryFailure {
        JsonObject created = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/2/tweets")
                .header("Authorization", "Bearer " + c.secret())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("text", PostText.fit(post.text(), post.link(), 280)).build().toString()))
                .build());
        JsonObject data = created.getJsonObject("data");
        if (data == null) {
            throw new DeliveryFailure(200, false, "The answer has no \"data\"");
        }
        String id = AccountHttp.field(data, "id");
        return new Receipt(id, "https://x.com/i/web/status/" + id);
    }

    @Override
    public Optional<Receipt> find(Credentials c, Post post) throws DeliveryFailure {
        JsonObject tweets = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/2/users/" + c.identifier()
                        + "/tweets?max_results=50&tweet.fields=entities")
                .header("Authorization", "Bearer " + c.secret()).GET().build());
        List<JsonValue> data = tweets.getJsonArray("data") == null ? List.of() : tweets.getJsonArray("data");
        for (JsonValue value : data) {
            JsonObject tweet = value.asJsonObject();
            JsonObject entities = tweet.getJsonObject("entities");
            List<JsonValue> urls = entities == null || entities.getJsonArray("urls") == null ? List.of() : entities.getJsonArray("urls");
            for (JsonValue u : urls) {
                if (u.asJsonObject().getString("expanded_url", "").contains(post.key())) {
                    String id = tweet.getString("id", "");
                    return Optional.of(new Receipt(id, "https://x.com/i/web/status/" + id));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code GET /2/tweets/{id}?tweet.fields=public_metrics}: its likes, retweets and quotes, replies. */
    @Override
    public Optional<Engagement> engagement(Credentials c, String remoteId) throws DeliveryFailure {
        JsonObject answer = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/2/tweets/" + AccountHttp.encode(remoteId)
                + "?tweet.fields=public_metrics").header("Authorization", "Bearer " + c.secret()).GET().build());
        JsonObject data = answer.get("data") instanceof JsonObject d ? d : null;
        JsonObject metrics = data != null && data.get("public_metrics") instanceof JsonObject m ? m : null;
        if (metrics == null) {
            return Optional.empty();
        }
        return Optional.of(new Engagement(AccountHttp.count(metrics, "like_count"),
                AccountHttp.count(metrics, "retweet_count") + AccountHttp.count(metrics, "quote_count"),
                AccountHttp.count(metrics, "reply_count")));
    }
}
