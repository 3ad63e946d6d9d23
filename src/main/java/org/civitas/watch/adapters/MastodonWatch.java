package org.civitas.watch.adapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.civitas.watch.Found;
import org.civitas.watch.Harvest;
import org.civitas.watch.HtmlText;
import org.civitas.watch.PollFailure;
import org.civitas.watch.SourceSpec;
import org.civitas.watch.WatchAdapter;
import org.civitas.watch.WatchKind;

import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mastodon: a hashtag's public timeline ({@code GET /api/v1/timelines/tag/{tag}?since_id=}, 40 at most, newer than
 * the last seen) or a search of statuses ({@code GET /api/v2/search?type=statuses}, which instances answer for a
 * signed-in account: the source's token is sent as a bearer). Boosts count as their original status; a status's HTML
 * becomes plain text, its content warning its title.
 */
@ApplicationScoped
public class MastodonWatch implements WatchAdapter {

    static final int LIMIT = 40;

    @Inject
    private WatchHttp http;

    @Override
    public Set<WatchKind> kinds() {
        return Set.of(WatchKind.MASTODON_TAG, WatchKind.MASTODON_SEARCH);
    }

    @Override
    public Harvest poll(SourceSpec source) throws PollFailure {
        Map<String, String> params = new LinkedHashMap<>();
        String path;
        if (source.kind() == WatchKind.MASTODON_TAG) {
            String tag = source.query().strip().replaceFirst("^#", "");
            path = "/api/v1/timelines/tag/" + WatchHttp.encode(tag).replace("+", "%20");
            params.put("limit", Integer.toString(LIMIT));
            params.put("since_id", source.cursor());
        } else {
            path = "/api/v2/search";
            params.put("q", source.query().strip());
            params.put("type", "statuses");
            params.put("resolve", "false");
            params.put("limit", Integer.toString(LIMIT));
        }
        HttpRequest.Builder request = http.get(WatchHttp.base(source.baseUrl()) + path + WatchHttp.query(params))
                .header("Accept", "application/json");
        if (source.token() != null) {
            request.header("Authorization", "Bearer " + source.token());
        }
        WatchHttp.Answer answer = http.send(request.build());
        JsonArray statuses = source.kind() == WatchKind.MASTODON_TAG ? WatchJson.array(answer)
                : WatchJson.object(answer).get("statuses") instanceof JsonArray a ? a : null;
        List<Found> items = new ArrayList<>();
        BigInteger newest = source.cursor() != null && source.cursor().matches("[0-9]{1,40}")
                ? new BigInteger(source.cursor()) : null;
        if (statuses != null) {
            for (JsonValue value : statuses) {
                if (!(value instanceof JsonObject status)) {
                    continue;
                }
                String id = status.getString("id", "");
                if (id.matches("[0-9]{1,40}") && (newest == null || new BigInteger(id).compareTo(newest) > 0)) {
                    newest = new BigInteger(id);
                }
                JsonObject original = status.get("reblog") instanceof JsonObject reblog ? reblog : status;
                Found item = found(original);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return new Harvest(items, newest == null ? null : newest.toString(), null, null, answer.notBefore());
    }

    private static Found found(JsonObject status) {
        String url = WatchJson.text(status, "url");
        if (url == null) {
            url = WatchJson.text(status, "uri");
        }
        String id = WatchJson.text(status, "uri");
        if (url == null || id == null) {
            return null;
        }
        JsonObject account = status.get("account") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        String name = WatchJson.text(account, "display_name");
        String acct = WatchJson.text(account, "acct");
        String author = name == null ? (acct == null ? null : "@" + acct) : acct == null ? name : name + " (@" + acct + ")";
        String warning = WatchJson.text(status, "spoiler_text");
        return new Found(id, url, author, WatchJson.text(account, "url"), warning,
                HtmlText.plain(status.getString("content", "")), instant(WatchJson.text(status, "created_at")));
    }

    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
