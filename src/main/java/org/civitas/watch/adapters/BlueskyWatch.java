package org.civitas.watch.adapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civitas.watch.Found;
import org.civitas.watch.Harvest;
import org.civitas.watch.PollFailure;
import org.civitas.watch.SourceSpec;
import org.civitas.watch.WatchAdapter;
import org.civitas.watch.WatchKind;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bluesky: {@code app.bsky.feed.searchPosts} on an AppView (the public one by default), newest first, 50 at most,
 * from the newest post the last poll saw ({@code since}). An AppView that wants a signed-in caller gets the source's
 * token as a bearer. A post's address is its bsky.app page.
 */
@ApplicationScoped
public class BlueskyWatch implements WatchAdapter {

    static final int LIMIT = 50;

    @Inject
    private WatchHttp http;

    @Override
    public Set<WatchKind> kinds() {
        return Set.of(WatchKind.BLUESKY_SEARCH);
    }

    @Override
    public Harvest poll(SourceSpec source) throws PollFailure {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", source.query().strip());
        params.put("sort", "latest");
        params.put("limit", Integer.toString(LIMIT));
        params.put("since", source.cursor());
        HttpRequest.Builder request = http.get(WatchHttp.base(source.baseUrl()) + "/xrpc/app.bsky.feed.searchPosts"
                + WatchHttp.query(params)).header("Accept", "application/json");
        if (source.token() != null) {
            request.header("Authorization", "Bearer " + source.token());
        }
        WatchHttp.Answer answer = http.send(request.build());
        JsonArray posts = WatchJson.object(answer).get("posts") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        List<Found> items = new ArrayList<>();
        Instant newest = MastodonWatch.instant(source.cursor());
        for (JsonValue value : posts) {
            if (!(value instanceof JsonObject post)) {
                continue;
            }
            String uri = WatchJson.text(post, "uri");
            JsonObject author = post.get("author") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
            JsonObject record = post.get("record") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
            String handle = WatchJson.text(author, "handle");
            if (uri == null || handle == null || !uri.startsWith("at://") || uri.lastIndexOf('/') < 0) {
                continue;
            }
            String rkey = uri.substring(uri.lastIndexOf('/') + 1);
            String name = WatchJson.text(author, "displayName");
            Instant created = MastodonWatch.instant(WatchJson.text(record, "createdAt"));
            if (created != null && (newest == null || created.isAfter(newest))) {
                newest = created;
            }
            items.add(new Found(uri, "https://bsky.app/profile/" + WatchHttp.encode(handle) + "/post/"
                    + WatchHttp.encode(rkey), name == null ? "@" + handle : name + " (@" + handle + ")",
                    "https://bsky.app/profile/" + WatchHttp.encode(handle), null,
                    record.getString("text", ""), created));
        }
        return new Harvest(items, newest == null ? null : newest.toString(), null, null, answer.notBefore());
    }
}
