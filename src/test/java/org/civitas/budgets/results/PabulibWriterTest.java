package org.civitas.budgets.results;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Pabulib file as other tools expect it, to the character, and what it refuses to write. */
class PabulibWriterTest {

    private static PabulibMeta.Builder lyon() {
        return PabulibMeta.builder().description("Budget participatif 2026, ville entière").country("France")
                .unit("Lyon").instance("2026").numProjects(2).numVotes(3).budget(100).rule(BudgetRule.GREEDY)
                .dates(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).language("fr");
    }

    private static List<PabulibProject> twoProjects() {
        return List.of(new PabulibProject(1, 60, 3, "Parc des Berges", true),
                new PabulibProject(2, 50, 2, "Pistes cyclables", false));
    }

    private static Iterator<PabulibVote> threeVotes() {
        return List.of(new PabulibVote("1", new long[] {1, 2}, VotingMethod.INTERNET),
                new PabulibVote("2", new long[] {1}, VotingMethod.PAPER),
                new PabulibVote("3", new long[] {2, 1}, VotingMethod.INTERNET)).iterator();
    }

    @Test
    void aSmallElectionIsWrittenExactlyAsPabulibReadsIt() throws IOException {
        StringWriter out = new StringWriter();
        PabulibWriter.write(out, lyon().build(), twoProjects(), threeVotes());
        assertEquals("""
                META
                key;value
                description;Budget participatif 2026, ville entière
                country;France
                unit;Lyon
                instance;2026
                num_projects;2
                num_votes;3
                budget;100
                vote_type;approval
                rule;greedy
                date_begin;01.03.2026
                date_end;31.03.2026
                language;fr
                currency;EUR
                PROJECTS
                project_id;cost;votes;name;selected
                1;60;3;Parc des Berges;1
                2;50;2;Pistes cyclables;0
                VOTES
                voter_id;vote;voting_method
                1;1,2;internet
                2;1;paper
                3;2,1;internet
                """, out.toString());
    }

    @Test
    void optionalKeysComeInTheirPlaceAndExtraKeysLast() throws IOException {
        StringWriter out = new StringWriter();
        PabulibMeta meta = lyon().subunit("3e arrondissement").district("Lyon 3").lengths(1, 4).maxSumCost(90L)
                .rule(BudgetRule.EQUAL_SHARES).currency("CHF").extra("comment", "Recount by the town").build();
        PabulibWriter.write(out, meta, twoProjects(), threeVotes());
        String text = out.toString();
        String metaSection = text.substring(0, text.indexOf("PROJECTS"));
        assertEquals("""
                META
                key;value
                description;Budget participatif 2026, ville entière
                country;France
                unit;Lyon
                subunit;3e arrondissement
                instance;2026
                district;Lyon 3
                num_projects;2
                num_votes;3
                budget;100
                vote_type;approval
                rule;equalshares/add1
                date_begin;01.03.2026
                date_end;31.03.2026
                min_length;1
                max_length;4
                max_sum_cost;90
                language;fr
                currency;CHF
                comment;Recount by the town
                """, metaSection);
    }

    @Test
    void aValueWithASeparatorAQuoteOrALineBreakIsQuoted() throws IOException {
        StringWriter out = new StringWriter();
        PabulibMeta meta = lyon().numProjects(2).numVotes(1).extra("note", "two\nlines").build();
        List<PabulibProject> projects = List.of(
                new PabulibProject(1, 60, 1, "Jardin \"partagé\"; rue Victor-Hugo", true),
                new PabulibProject(2, 50, 0, "Bancs, fontaines et arbres", false));
        PabulibWriter.write(out, meta, projects,
                List.of(new PabulibVote("a;b", new long[] {1}, VotingMethod.PAPER)).iterator());
        String text = out.toString();
        assertTrue(text.contains("\n1;60;1;\"Jardin \"\"partagé\"\"; rue Victor-Hugo\";1\n"), text);
        assertTrue(text.contains("\n2;50;0;Bancs, fontaines et arbres;0\n"), text);
        assertTrue(text.contains("\nnote;\"two\nlines\"\n"), text);
        assertTrue(text.contains("\n\"a;b\";1;paper\n"), text);
        // And it reads back as written
        PabulibReader.PabulibFile file = PabulibReader.read(text);
        assertEquals("Jardin \"partagé\"; rue Victor-Hugo", file.projects().get(0).get("name"));
        assertEquals("two\nlines", file.meta().get("note"));
        assertEquals("a;b", file.votes().get(0).get("voter_id"));
    }

    @Test
    void votesWrittenOneByOneNeedNoListOfThem() throws IOException {
        StringWriter out = new StringWriter();
        PabulibWriter writer = new PabulibWriter(out);
        writer.writeMeta(lyon().numVotes(1000).build());
        for (PabulibProject p : twoProjects()) {
            writer.writeProject(p);
        }
        for (int v = 1; v <= 1000; v++) {
            writer.writeVote(new PabulibVote(String.valueOf(v), new long[] {1 + v % 2}, VotingMethod.INTERNET));
        }
        writer.finish();
        assertEquals(1000, PabulibReader.read(out.toString()).votes().size());
    }

    @Test
    void aFileMustHoldWhatItsMetaAnnounces() throws IOException {
        PabulibWriter fewerVotes = new PabulibWriter(new StringWriter());
        fewerVotes.writeMeta(lyon().build());
        for (PabulibProject p : twoProjects()) {
            fewerVotes.writeProject(p);
        }
        fewerVotes.writeVote(new PabulibVote("1", new long[] {1}, VotingMethod.PAPER));
        IllegalStateException votes = assertThrows(IllegalStateException.class, fewerVotes::finish);
        assertEquals("META announced 3 votes, but 1 were written", votes.getMessage());

        PabulibWriter fewerProjects = new PabulibWriter(new StringWriter());
        fewerProjects.writeMeta(lyon().build());
        fewerProjects.writeProject(twoProjects().get(0));
        IllegalStateException projects = assertThrows(IllegalStateException.class,
                () -> fewerProjects.writeVote(new PabulibVote("1", new long[] {1}, VotingMethod.PAPER)));
        assertEquals("META announced 2 projects, but 1 were written", projects.getMessage());
    }

    @Test
    void aVoteNamesOnlyProjectsOfTheFileEachOnce() throws IOException {
        PabulibWriter writer = new PabulibWriter(new StringWriter());
        writer.writeMeta(lyon().build());
        for (PabulibProject p : twoProjects()) {
            writer.writeProject(p);
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> writer.writeVote(new PabulibVote("7", new long[] {1, 9}, VotingMethod.PAPER)));
        assertEquals("the vote of voter 7 names project 9, which is not in PROJECTS", unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> writer.writeVote(new PabulibVote("7", new long[] {2, 2}, VotingMethod.PAPER)));
        assertThrows(IllegalArgumentException.class, () -> new PabulibVote("7", new long[0], VotingMethod.PAPER));
    }

    @Test
    void sectionsComeInOrder() throws IOException {
        PabulibWriter writer = new PabulibWriter(new StringWriter());
        assertThrows(IllegalStateException.class, () -> writer.writeProject(twoProjects().get(0)));
        writer.writeMeta(lyon().build());
        assertThrows(IllegalStateException.class, () -> writer.writeMeta(lyon().build()));
        writer.writeProject(twoProjects().get(0));
        assertThrows(IllegalArgumentException.class, () -> writer.writeProject(twoProjects().get(0)));
        writer.writeProject(twoProjects().get(1));
        writer.writeVote(new PabulibVote("1", new long[] {1}, VotingMethod.PAPER));
        assertThrows(IllegalStateException.class, () -> writer.writeProject(twoProjects().get(1)));
    }

    @Test
    void theMetaRefusesWhatAFileCannotSay() {
        assertThrows(IllegalArgumentException.class, () -> lyon().unit(" ").build());
        assertThrows(IllegalArgumentException.class, () -> lyon().rule(null).build());
        assertThrows(IllegalArgumentException.class,
                () -> lyon().dates(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1)).build());
        assertThrows(IllegalArgumentException.class, () -> lyon().extra("budget", "1").build());
        assertThrows(IllegalArgumentException.class, () -> lyon().extra("note", null).build());
    }

    @Test
    void theMetaKeepsItsOwnCopyOfTheExtraKeys() {
        Map<String, String> extra = new HashMap<>(Map.of("note", "first"));
        PabulibMeta meta = new PabulibMeta("d", "c", "u", null, "i", null, 0, 0, 0, BudgetRule.GREEDY,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), null, null, null, "fr", "EUR", extra);
        extra.put("note", "changed");
        assertEquals("first", meta.extra().get("note"));
        assertThrows(UnsupportedOperationException.class, () -> meta.extra().put("x", "y"));
    }
}
