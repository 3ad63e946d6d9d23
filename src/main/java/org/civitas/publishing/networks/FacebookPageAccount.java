package org.civitas.publishing.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.civitas.publishing.Credentials;
import org.civitas.publishing.Network;
import org.civitas.publishing.Engagement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's Facebook Page, through the Graph API: {@code POST /{page-id}/feed} with a Page access token
 * ({@code CIVITAS_FACEBOOK_URL}, by default https://graph.facebook.com/v21.0, {@code CIVITAS_FACEBOOK_PAGE_ID},
 * {@code CIVITAS_FACEBOOK_TOKEN}). The Graph API has no idempotency key: an interrupted attempt first reads the
 * Page's latest posts and looks for the publication's key in their links.
 */
@ApplicationScoped
public class FacebookPageAccount extends EnvironmentAccount {

    @Inject
    @ConfigProperty(name = "civitas.facebook.url", defaultValue = "https://graph.facebook.com/v21.0")
    private String url;

    @Inject
    @ConfigProperty(name = "civitas.facebook.page-id")
    private Optional<String> page;

    @Inject
    @ConfigProperty(name = "civitas.facebook.token")
    private Optional<String> token;

    @Inject
    private AccountHttp http;

    @Override
    public boolean configured() {
        return page.filter(p -> p.matches("[0-9]{1,30}")).isPresent() && token.filter(t -> !t.isBlank()).isPresent();
    }

    @Override
    public Network network() {
        return Network.FACEBOOK;
    }

    @Override
    protected Credentials env() {
        return new Credentials(url, page.orElse(null), token.orElse(null));
    }

    @Override
    public Receipt publish(Credentials c, Post post) throws DeliveryFailure {
        JsonObject created = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/" + c.identifier() + "/feed")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(AccountHttp.form(Map.of("message", post.text(), "link", post.link(),
                        "access_token", c.secret())))
                .build());
        String id = AccountHttp.field(created, "id");
        return new Receipt(id, "https://www.facebook.com/" + id);
    }

    /** The post's reactions, shares and comments, from the Graph API's summaries. */
    @Override
    public Optional<Engagement> engagement(Credentials c, String remoteId) throws DeliveryFailure {
        JsonObject post = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/" + AccountHttp.encode(remoteId)
                + "?fields=" + AccountHttp.encode("reactions.summary(total_count).limit(0),"
                + "comments.summary(total_count).limit(0),shares") + "&access_token="
                + AccountHttp.encode(c.secret())).GET().build());
        return Optional.of(new Engagement(AccountHttp.count(summary(post, "reactions"), "total_count"),
                AccountHttp.count(post.getJsonObject("shares"), "count"),
                AccountHttp.count(summary(post, "comments"), "total_count")));
    }

    private static JsonObject summary(JsonObject post, String edge) {
        JsonObject of = post.get(edge) instanceof JsonObject o ? o : null;
        return of != null && of.get("summary") instanceof JsonObject s ? s : null;
    }

    @Override
    public Optional<Receipt> find(Credentials c, Post post) throws DeliveryFailure {
        JsonObject feed = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/" + c.identifier()
                        + "/feed?fields=id,link&limit=50&access_token=" + AccountHttp.encode(c.secret()))
                .GET().build());
        for (JsonValue value : feed.getJsonArray("data") == null ? List.<JsonValue>of() : feed.getJsonArray("data")) {
            JsonObject item = value.asJsonObject();
            if (item.getString("link", "").contains(post.key())) {
                String id = item.getString("id", "");
                return Optional.of(new Receipt(id, "https://www.facebook.com/" + id));
            }
        }
        return Optional.empty();
    }
}
