package org.civitas.testing;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participatory budgets for tests, created through the API by an administrator. */
public final class TestBudgets {

    private TestBudgets() {
    }

    /** Today in the test town's calendar (Europe/Paris), what phases are measured against. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /**
     * A budget's JSON body: its phases begin {@code informationOffset} days from today, then one phase a week after
     * the other (a negative offset: a budget already under way); a whole-town envelope of {@code townAmount} and, if
     * {@code district} is given, one for it of {@code districtAmount}.
     */
    public static String json(String title, long total, int informationOffset, long townAmount, String district,
                              long districtAmount) {
        LocalDate start = today().plusDays(informationOffset);
        StringBuilder phases = new StringBuilder();
        String[] names = {"information", "submission", "review", "voting", "results", "followUp"};
        for (int i = 0; i < names.length; i++) {
            phases.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":\"").append(start.plusWeeks(i))
                    .append('"');
        }
        String envelopes = "{\"amount\":" + townAmount + "}"
                + (district == null ? "" : ",{\"district\":\"" + district + "\",\"amount\":" + districtAmount + "}");
        return "{\"budget\":{\"title\":\"" + title + "\",\"description\":\"Un budget pour les tests.\","
                + "\"totalAmount\":" + total + ",\"ballotKind\":\"KNAPSACK\",\"countingRule\":\"GREEDY\","
                + "\"verifiedOnly\":false,\"phases\":{" + phases + "}},\"envelopes\":[" + envelopes + "]}";
    }

    /** Creates a budget as {@code admin}; its id. */
    public static long create(PortalClient admin, String json) {
        HttpResponse<String> created = admin.sendJson("POST", "api/budgets", json);
        assertEquals(201, created.statusCode(), created.body());
        // from the address (the body's properties come in alphabetical order: its envelopes' ids first)
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /**
     * A budget's body with one phase moved to begin today (the phases after it keep their dates): how a test brings a
     * budget to that phase without waiting. {@code phase} is the body's name of it ("review", "voting").
     */
    public static String beginningToday(String json, String phase) {
        Matcher m = Pattern.compile("\"" + phase + "\":\"([0-9-]{10})\"").matcher(json);
        assertTrue(m.find(), json);
        return json.replace(m.group(0), "\"" + phase + "\":\"" + today() + "\"");
    }

    /** Changes a budget as {@code admin} to {@code json} (a creation's body), at the version it has now. */
    public static void change(PortalClient admin, long id, String json) {
        HttpResponse<String> read = admin.get("api/budgets/" + id);
        assertEquals(200, read.statusCode(), read.body());
        long version = TestProposals.number(read.body(), "version");
        HttpResponse<String> changed = admin.sendJson("PUT", "api/budgets/" + id,
                json.substring(0, json.length() - 1) + ",\"version\":" + version + "}");
        assertEquals(200, changed.statusCode(), changed.body());
    }
}
