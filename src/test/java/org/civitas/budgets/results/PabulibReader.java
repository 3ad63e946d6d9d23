package org.civitas.budgets.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Pabulib file back, as a researcher's tool would, to show that what {@link PabulibWriter} publishes is enough
 * to recount the vote: the META values, the PROJECTS and VOTES lines by their headers' names, and the election they
 * describe. Quoted values may hold separators, quotes and line breaks.
 */
final class PabulibReader {

    /** A file's content: its META, and each PROJECTS and VOTES line as header name to value. */
    record PabulibFile(Map<String, String> meta, List<Map<String, String>> projects, List<Map<String, String>> votes) {

        BudgetRule rule() {
            return BudgetRule.ofPabulibName(meta.get("rule"));
        }

        /** The election the file describes: its projects in the file's order, each vote a ballot. */
        Election election() {
            List<Candidate> candidates = new ArrayList<>();
            Map<Long, Integer> index = new HashMap<>();
            for (Map<String, String> p : projects) {
                long id = Long.parseLong(p.get("project_id"));
                index.put(id, candidates.size());
                candidates.add(new Candidate(id, Long.parseLong(p.get("cost"))));
            }
            int[][] ballots = new int[votes.size()][];
            for (int v = 0; v < ballots.length; v++) {
                ballots[v] = Arrays.stream(votes.get(v).get("vote").split(","))
                        .mapToInt(id -> index.get(Long.parseLong(id))).sorted().toArray();
            }
            return new Election(Long.parseLong(meta.get("budget")), candidates, ballots);
        }

        /** The ids the file says were selected, in the file's order. */
        long[] selectedIds() {
            return projects.stream().filter(p -> p.get("selected").equals("1"))
                    .mapToLong(p -> Long.parseLong(p.get("project_id"))).toArray();
        }
    }

    private PabulibReader() {
    }

    static PabulibFile read(String text) {
        List<List<String>> records = records(text);
        Map<String, String> meta = new LinkedHashMap<>();
        List<Map<String, String>> projects = new ArrayList<>();
        List<Map<String, String>> votes = new ArrayList<>();
        String section = null;
        List<String> header = null;
        for (List<String> record : records) {
            if (record.size() == 1 && List.of("META", "PROJECTS", "VOTES").contains(record.get(0))) {
                section = record.get(0);
                header = null;
                continue;
            }
            if (header == null) {
                header = record;
                continue;
            }
            if (record.size() != header.size()) {
                throw new IllegalArgumentException("a " + section + " line has " + record.size() + " values for "
                        + header.size() + " columns: " + record);
            }
            if ("META".equals(section)) {
                meta.put(record.get(0), record.get(1));
            } else {
                Map<String, String> line = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    line.put(header.get(i), record.get(i));
                }
                ("PROJECTS".equals(section) ? projects : votes).add(line);
            }
        }
        return new PabulibFile(meta, projects, votes);
    }

    /** The text's records: values separated by {@code ;}, records by line breaks, both literal inside quotes. */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                record.add(value.toString());
                value.setLength(0);
            } else if (c == '\n') {
                record.add(value.toString());
                value.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("the file ends inside a quoted value");
        }
        if (value.length() > 0 || !record.isEmpty()) {
            throw new IllegalArgumentException("the last line has no line break");
        }
        return records;
    }
}
