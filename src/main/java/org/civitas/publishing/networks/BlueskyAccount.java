package org.civitas.publishing.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.civitas.platform.outbox.DeliveryFailure;
import org.civitas.platform.outbox.Receipt;
import org.civitas.publishing.Credentials;
import org.civitas.publishing.Network;
import org.civitas.publishing.Engagement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The city's Bluesky account, through the AT Protocol: a session from the handle and an app password
 * ({@code CIVITAS_BLUESKY_URL}, by default https://bsky.social, {@code CIVITAS_BLUESKY_HANDLE},
 * {@code CIVITAS_BLUESKY_APP_PASSWORD}), then {@code com.atproto.repo.createRecord} of an {@code app.bsky.feed.post}
 * whose record key is derived from the publication: an interrupted attempt looks the record up by that key
 * ({@code getRecord}) instead of posting again, and the network refuses a second record with the same key.
 */
@ApplicationScoped
public class BlueskyAccount extends EnvironmentAccount {

    private static final String COLLECTION = "app.bsky.feed.post";

    @Inject
    @ConfigProperty(name = "civitas.bluesky.url", defaultValue = "https://bsky.social")
    private String url;

    @Inject
    @ConfigProperty(name = "civitas.bluesky.handle")
    private Optional<String> handle;

    @Inject
    @ConfigProperty(name = "civitas.bluesky.app-password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "civitas.bluesky.appview-url", defaultValue = "https://public.api.bsky.app")
    private String appView;

    @Inject
    private AccountHttp http;

    private record Session(String did, String jwt) {
    }

    @Override
    public boolean configured() {
        return handle.filter(h -> !h.isBlank()).isPresent() && password.filter(p -> !p.isBlank()).isPresent();
    }

    @Override
    public Network network() {
        return Network.BLUESKY;
    }

    @Override
    protected Credentials env() {
        return new Credentials(url, handle.orElse(null), password.orElse(null));
    }

    @Override
    public Receipt publish(Credentials c, Post post) throws DeliveryFailure {
        Session session = session(c);
        String text = PostText.fit(post.text(), post.link(), 300);
        int linkStart = text.getBytes(StandardCharsets.UTF_8).length - post.link().getBytes(StandardCharsets.UTF_8).length;
        JsonObject record = Json.createObjectBuilder()
                .add("$type", COLLECTION)
                .add("text", text)
                .add("createdAt", post.requestedAt().truncatedTo(ChronoUnit.MILLIS).toString())
                .add("langs", Json.createArrayBuilder().add(post.language()))
                .add("facets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", Json.createObjectBuilder().add("byteStart", linkStart)
                                .add("byteEnd", text.getBytes(StandardCharsets.UTF_8).length))
                        .add("features", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("$type", "app.bsky.richtext.facet#link").add("uri", post.link())))))
                .build();
        String rkey = recordKey(post);
        JsonObject created = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/xrpc/com.atproto.repo.createRecord")
                .header("Authorization", "Bearer " + session.jwt())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("repo", session.did())
                        .add("collection", COLLECTION).add("rkey", rkey).add("record", record).build().toString()))
                .build());
        return new Receipt(AccountHttp.field(created, "uri"), "https://bsky.app/profile/" + session.did() + "/post/" + rkey);
    }

    @Override
    public Optional<Receipt> find(Credentials c, Post post) throws DeliveryFailure {
        Session session = session(c);
        String rkey = recordKey(post);
        try {
            JsonObject found = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/xrpc/com.atproto.repo.getRecord?repo="
                            + AccountHttp.encode(session.did()) + "&collection=" + COLLECTION + "&rkey=" + rkey)
                    .header("Authorization", "Bearer " + session.jwt()).GET().build());
            return Optional.of(new Receipt(AccountHttp.field(found, "uri"),
                    "https://bsky.app/profile/" + session.did() + "/post/" + rkey));
        } catch (DeliveryFailure e) {
            if (e.status() != null && e.status() == 400 && e.getMessage().contains("RecordNotFound")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The post's likes, reposts (quotes included) and replies, from the public AppView
     * ({@code CIVITAS_BLUESKY_APPVIEW_URL}, {@code https://public.api.bsky.app} by default): no session needed, so
     * reading many posts never spends the account's sign-in allowance.
     */
    @Override
    public Optional<Engagement> engagement(Credentials c, String remoteId) throws DeliveryFailure {
        JsonObject answer = http.json(http.request(AccountHttp.base(appView) + "/xrpc/app.bsky.feed.getPosts?uris="
                + AccountHttp.encode(remoteId)).GET().build());
        JsonArray posts = answer.getJsonArray("posts");
        if (posts == null || posts.isEmpty()) {
            return Optional.empty();
        }
        JsonObject post = posts.getJsonObject(0);
        return Optional.of(new Engagement(AccountHttp.count(post, "likeCount"),
                AccountHttp.count(post, "repostCount") + AccountHttp.count(post, "quoteCount"),
                AccountHttp.count(post, "replyCount")));
    }

    private Session session(Credentials c) throws DeliveryFailure {
        JsonObject session = http.json(http.request(AccountHttp.base(c.baseUrl()) + "/xrpc/com.atproto.server.createSession")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("identifier", c.identifier()).add("password", c.secret()).build().toString()))
                .build());
        return new Session(AccountHttp.field(session, "did"), AccountHttp.field(session, "accessJwt"));
    }

    /**
     * The post's record key: a TID (13 characters, base32-sortable) made of the time the publication was asked
     * (microseconds) and ten bits of its id, so that the same publication always has the same key.
     */
    static String recordKey(Post post) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, post.requestedAt());
        long tid = ((micros & 0x1FFFFFFFFFFFFFL) << 10) | (post.publicationId() & 0x3FF);
        String alphabet = "234567abcdefghijklmnopqrstuvwxyz";
        char[] out = new char[13];
        for (int i = 12; i >= 0; i--) {
            out[i] = alphabet.charAt((int) (tid & 31));
            tid >>>= 5;
        }
        return new String(out);
    }
}
