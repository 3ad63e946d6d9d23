package org.civitas.watch.adapters;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import org.civitas.watch.PollFailure;

import java.io.ByteArrayInputStream;

/** Reading the networks' JSON leniently: a missing or odd field is absent, never an error. */
final class WatchJson {

    private WatchJson() {
    }

    static String text(JsonObject json, String name) {
        return json != null && json.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }

    static JsonObject object(WatchHttp.Answer answer) throws PollFailure {
        try {
            JsonStructure parsed = Json.createReader(new ByteArrayInputStream(answer.body())).read();
            if (parsed instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // answered below
        }
        throw new PollFailure(answer.status(), "HTTP " + answer.status() + " with an answer that is not a JSON object",
                answer.notBefore());
    }

    static JsonArray array(WatchHttp.Answer answer) throws PollFailure {
        try {
            JsonStructure parsed = Json.createReader(new ByteArrayInputStream(answer.body())).read();
            if (parsed instanceof JsonArray array) {
                return array;
            }
        } catch (JsonException e) {
            // answered below
        }
        throw new PollFailure(answer.status(), "HTTP " + answer.status() + " with an answer that is not a JSON array",
                answer.notBefore());
    }
}
