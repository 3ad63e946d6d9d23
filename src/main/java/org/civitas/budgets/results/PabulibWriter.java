package org.civitas.budgets.results;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Writes one envelope's vote as a Pabulib file ({@code .pb}, pabulib.org), the format researchers and other tools read,
 * so that anyone can recount the published result. Three sections, each a header line then {@code ;}-separated lines:
 * {@code META} (key, value), {@code PROJECTS} and {@code VOTES}, one line per ballot.
 * <p>
 * It streams: each line is written as it is given, ballots included, so that a town's quarter of a million ballots
 * pass from a database cursor to the response without being held. Give it a buffered writer. The sections must come in
 * order (meta, projects, votes, then {@link #finish()}), and the counts announced in {@code META} must match what was
 * written: a file that says it has 1,000 votes and holds 999 would recount differently, so {@link #finish()} refuses it.
 * <p>
 * Values are quoted as CSV does (in double quotes, inner quotes doubled) when they hold a {@code ;}, a double quote or
 * a line break, and written as they are otherwise. Lines end with {@code \n}.
 */
public final class PabulibWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private enum Section { NONE, META, PROJECTS, VOTES, DONE }

    private final Writer out;
    private Section section = Section.NONE;
    private PabulibMeta meta;
    private final Set<Long> projectIds = new HashSet<>();
    private long votes;

    public PabulibWriter(Writer out) {
        this.out = out;
    }

    /** Writes a whole file: the meta, the projects, then each vote as the iterator gives it. */
    public static void write(Writer out, PabulibMeta meta, Iterable<PabulibProject> projects,
                             Iterator<PabulibVote> votes) throws IOException {
        PabulibWriter writer = new PabulibWriter(out);
        writer.writeMeta(meta);
        for (PabulibProject project : projects) {
            writer.writeProject(project);
        }
        while (votes.hasNext()) {
            writer.writeVote(votes.next());
        }
        writer.finish();
    }

    /** Writes the META section, first: the standard keys in Pabulib's order, the optional ones only when given. */
    public void writeMeta(PabulibMeta meta) throws IOException {
        expect(Section.NONE, "META comes first, once");
        this.meta = meta;
        section = Section.META;
        out.write("META\nkey;value\n");
        line("description", meta.description());
        line("country", meta.country());
        line("unit", meta.unit());
        optional("subunit", meta.subunit());
        line("instance", meta.instance());
        optional("district", meta.district());
        line("num_projects", String.valueOf(meta.numProjects()));
        line("num_votes", String.valueOf(meta.numVotes()));
        line("budget", String.valueOf(meta.budget()));
        line("vote_type", "approval");
        line("rule", meta.rule().pabulibName());
        line("date_begin", day(meta.dateBegin()));
        line("date_end", day(meta.dateEnd()));
        optional("min_length", meta.minLength());
        optional("max_length", meta.maxLength());
        optional("max_sum_cost", meta.maxSumCost());
        line("language", meta.language());
        line("currency", meta.currency());
        for (Map.Entry<String, String> e : meta.extra().entrySet()) {
            line(e.getKey(), e.getValue());
        }
    }

    /** Writes one project, after META and before the votes; the first one opens the PROJECTS section. */
    public void writeProject(PabulibProject project) throws IOException {
        if (section == Section.META) {
            out.write("PROJECTS\nproject_id;cost;votes;name;selected\n");
            section = Section.PROJECTS;
        }
        expect(Section.PROJECTS, "projects come after META and before the votes");
        if (!projectIds.add(project.id())) {
            throw new IllegalArgumentException("project " + project.id() + " is written twice");
        }
        out.write(project.id() + ";" + project.cost() + ";" + project.votes() + ";" + field(project.name()) + ";"
                + (project.selected() ? "1" : "0") + "\n");
    }

    /** Writes one ballot; its projects must be among those written, each once. */
    public void writeVote(PabulibVote vote) throws IOException {
        if (section == Section.META || section == Section.PROJECTS) {
            startVotes();
        }
        expect(Section.VOTES, "votes come after the projects");
        long[] ids = vote.projectIds();
        StringBuilder line = new StringBuilder(16 + 8 * ids.length).append(field(vote.voterId())).append(';');
        for (int i = 0; i < ids.length; i++) {
            if (!projectIds.contains(ids[i])) {
                throw new IllegalArgumentException("the vote of voter " + vote.voterId() + " names project " + ids[i]
                        + ", which is not in PROJECTS");
            }
            for (int j = 0; j < i; j++) {
                if (ids[j] == ids[i]) {
                    throw new IllegalArgumentException("the vote of voter " + vote.voterId() + " names project "
                            + ids[i] + " twice");
                }
            }
            if (i > 0) {
                line.append(',');
            }
            line.append(ids[i]);
        }
        out.write(line.append(';').append(vote.method().pabulibName()).append('\n').toString());
        votes++;
    }

    /**
     * Ends the file, checking that it holds as many projects and votes as its META announced, and flushes the
     * writer (it does not close it: the caller who opened it does).
     */
    public void finish() throws IOException {
        if (section == Section.META || section == Section.PROJECTS) {
            startVotes();
        }
        expect(Section.VOTES, "the file is finished once, after META");
        if (votes != meta.numVotes()) {
            throw new IllegalStateException("META announced " + meta.numVotes() + " votes, but " + votes
                    + " were written");
        }
        section = Section.DONE;
        out.flush();
    }

    private void startVotes() throws IOException {
        if (projectIds.size() != meta.numProjects()) {
            throw new IllegalStateException("META announced " + meta.numProjects() + " projects, but "
                    + projectIds.size() + " were written");
        }
        out.write("VOTES\nvoter_id;vote;voting_method\n");
        section = Section.VOTES;
    }

    private void expect(Section expected, String rule) {
        if (section != expected) {
            throw new IllegalStateException("Pabulib sections out of order: " + rule);
        }
    }

    private void line(String key, String value) throws IOException {
        out.write(field(key) + ";" + field(value) + "\n");
    }

    private void optional(String key, Object value) throws IOException {
        if (value != null) {
            line(key, value.toString());
        }
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** A value as one CSV field: quoted, inner quotes doubled, if it holds a separator, a quote or a line break. */
    static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
