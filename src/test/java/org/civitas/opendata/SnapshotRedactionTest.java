package org.civitas.opendata;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A snapshot's row, checked against what is public now: kept, renamed, or dropped. */
class SnapshotRedactionTest {

    private static final List<String> COMMENTS = Dataset.COMMENTS.fields().stream().map(Field::name).toList();
    private static final List<String> VOTES = Dataset.VOTES_DAILY.fields().stream().map(Field::name).toList();

    private static SnapshotRedaction.PublicNow now() {
        Map<Long, String> answers = new HashMap<>();
        answers.put(30L, null); // a history step without an answer: no official
        return new SnapshotRedaction.PublicNow(Map.of(1L, "Autrice"), Map.of(10L, "anonymous", 11L, "Camille"), answers);
    }

    private static List<String> comment(String id, String proposal, String author) {
        return List.of(id, proposal, "", author, "Texte", "2026-12-01T10:00:00Z", "", "2026-12-01T10:00:00Z");
    }

    @Test
    void aPublicRowStaysAsItWas() {
        List<String> row = comment("11", "1", "Camille");
        assertEquals(row, SnapshotRedaction.check(Dataset.COMMENTS, COMMENTS, row, now()));
    }

    @Test
    void aDeletedAccountsNameBecomesTheNameShownNow() {
        assertEquals(comment("10", "1", "anonymous"),
                SnapshotRedaction.check(Dataset.COMMENTS, COMMENTS, comment("10", "1", "Partante"), now()));
    }

    @Test
    void whatIsNoLongerPublicLeaves() {
        assertNull(SnapshotRedaction.check(Dataset.COMMENTS, COMMENTS, comment("12", "1", "Supprimé"), now()));
        assertNull(SnapshotRedaction.check(Dataset.VOTES_DAILY, VOTES, List.of("2", "2026-12-01", "3", "0", "0",
                "2026-12-01T10:00:00Z"), now()), "a hidden proposal's daily votes");
        assertEquals(List.of("1", "2026-12-01", "3", "0", "0", "2026-12-01T10:00:00Z"), SnapshotRedaction.check(
                Dataset.VOTES_DAILY, VOTES, List.of("1", "2026-12-01", "3", "0", "0", "2026-12-01T10:00:00Z"), now()));
        assertNull(SnapshotRedaction.check(Dataset.COMMENTS, COMMENTS, comment("not a number", "1", "x"), now()));
    }

    @Test
    void aStepWithoutAnOfficialStaysWithoutOne() {
        List<String> header = Dataset.ANSWERS.fields().stream().map(Field::name).toList();
        List<String> step = List.of("30", "1", "", "PUBLISHED", "2026-12-01T10:00:00Z", "false", "", "", "", "");
        assertEquals(step, SnapshotRedaction.check(Dataset.ANSWERS, header, step, now()));
    }
}
