package org.civitas.testing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Proposals made through the REST API, as a citizen's app would, for tests that need one to exist. */
public final class TestProposals {

    /** A published proposal: its id and its page's address relative to the context root (no leading slash). */
    public record Published(long id, String path) {
    }

    private TestProposals() {
    }

    public static String json(String title, String theme, String district) {
        return "{\"title\":\"" + title + "\",\"summary\":\"Un résumé clair de l'idée.\",\"body\":\"Premier paragraphe.\\n\\n"
                + "Second paragraphe avec un lien https://example.org.\",\"themeCode\":\"" + theme + "\""
                + (district == null ? "" : ",\"districtCode\":\"" + district + "\"") + "}";
    }

    /** Writes and publishes a proposal as {@code author} (signed in), checking each step. */
    public static Published publish(PortalClient author, String title, String theme) {
        HttpResponse<String> created = author.sendJson("POST", "api/proposals", json(title, theme, null));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Draft refused: " + created.statusCode() + " " + created.body());
        }
        long id = number(created.body(), "id");
        HttpResponse<String> published = author.sendJson("POST", "api/proposals/" + id + "/publish", null);
        if (published.statusCode() != 200) {
            throw new IllegalStateException("Publication refused: " + published.statusCode() + " " + published.body());
        }
        Matcher path = Pattern.compile("\"path\":\"/([^\"]+)\"").matcher(published.body());
        if (!path.find()) {
            throw new IllegalStateException("No path in " + published.body());
        }
        return new Published(id, path.group(1));
    }

    /** An integer field of a JSON body. */
    public static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * Puts a published proposal under review and answers it (ACCEPTED, with {@code body}) as a new official, through
     * the answer form; returns the official's client, signed in.
     */
    public static PortalClient answer(URI base, long proposalId, String body) {
        PortalClient fixtures = new PortalClient(base);
        check(fixtures.sendJson("POST", "api/test-fixtures/under-review?proposal=" + proposalId + "&daysAgo=3", null), 204);
        String email = new PortalClient(base).registerNewCitizen("Élu Réponses " + proposalId);
        check(fixtures.sendJson("POST", "api/test-fixtures/grant?role=OFFICIAL&email=" + email, null), 204);
        PortalClient official = new PortalClient(base);
        check(official.signIn(email, TestAccounts.PASSWORD), 302);
        check(official.submitFormPairs("review/answer.xhtml?id=" + proposalId, "answerForm", "sendAnswer",
                List.of(Map.entry("id", String.valueOf(proposalId)),
                        Map.entry("decision", "ACCEPTED"), Map.entry("body", body),
                        Map.entry("cost", ""), Map.entry("plannedOn", ""))), 302);
        return official;
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException("expected " + expected + ", got " + response.statusCode() + ": " + response.body());
        }
    }
}
