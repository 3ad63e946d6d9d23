package org.civitas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.export.Csv;
import org.civitas.platform.export.CsvInput;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What leaves the public view leaves the daily snapshots too: a proposal hidden, a comment hidden or deleted, a deleted
 * account's name. Each snapshot's CSV files are read again against what is public now: a row whose item is no longer
 * public is dropped (with a proposal, its answers and daily votes), and an author's or official's name is the one
 * shown now ("anonymous" once the account is deleted). Everything else of a snapshot stays as it was that day. A
 * snapshot nothing changed in is left untouched (same file, same hash); another is written to a temporary file and
 * moved into place with its new SHA-256.
 */
@ApplicationScoped
public class SnapshotRedaction {

    @Inject
    private OpenDataExport export;

    /** What is public now: the keys of the public rows, and the names shown with them. */
    public record PublicNow(Map<Long, String> proposalAuthors, Map<Long, String> commentAuthors,
                            Map<Long, String> answerOfficials, Map<Long, String> guestbookAuthors,
                            Map<Long, String> photoCredits, Map<Long, String> galleryPhotos) {

        public PublicNow(Map<Long, String> proposalAuthors, Map<Long, String> commentAuthors,
                         Map<Long, String> answerOfficials) {
            this(proposalAuthors, commentAuthors, answerOfficials, Map.of(), Map.of(), Map.of());
        }
    }

    public PublicNow now() {
        return new PublicNow(export.publicValues(Dataset.PROPOSALS, "author"),
                export.publicValues(Dataset.COMMENTS, "author"), export.publicValues(Dataset.ANSWERS, "official"),
                export.publicValues(Dataset.GUESTBOOK, "author"), export.publicValues(Dataset.CONTEST_PHOTOS, "credit"),
                export.publicValues(Dataset.GALLERY_PHOTOS, "credit"));
    }

    /** Rewrites the snapshot if anything in it is no longer public as it was; returns whether it did. */
    public boolean redact(Path zip, PublicNow now) throws IOException {
        return Snapshots.replace(zip, "redacting-", out -> {
            boolean changed = false;
            try (ZipFile in = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
                for (ZipEntry entry : in.stream().toList()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream content = in.getInputStream(entry)) {
                        Dataset dataset = entry.getName().endsWith(".csv")
                                ? Dataset.byPath(entry.getName().substring(0, entry.getName().length() - 4)).orElse(null)
                                : null;
                        if (dataset == null) {
                            content.transferTo(out);
                        } else {
                            changed |= filter(dataset, content, out, now);
                        }
                    }
                    out.closeEntry();
                }
            }
            return changed;
        });
    }

    /** Copies one CSV, its rows checked against what is public now; returns whether any row was dropped or renamed. */
    private static boolean filter(Dataset dataset, InputStream content, OutputStream out, PublicNow now) throws IOException {
        CsvInput input = new CsvInput(new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16));
        Writer writer = new BufferedWriter(new OutputStreamWriter(new Snapshots.NonClosing(out), StandardCharsets.UTF_8), 1 << 16);
        Csv csv = new Csv(writer);
        List<String> header = input.next();
        if (header == null) {
            return false;
        }
        csv.row(header);
        boolean changed = false;
        for (List<String> row = input.next(); row != null; row = input.next()) {
            List<String> kept = check(dataset, header, row, now);
            if (kept == null) {
                changed = true;
                continue;
            }
            changed |= !kept.equals(row);
            csv.row(kept);
        }
        writer.flush();
        return changed;
    }

    /** The row as it may stay in a snapshot now, or null when it must leave. */
    static List<String> check(Dataset dataset, List<String> header, List<String> row, PublicNow now) {
        return switch (dataset) {
            case PROPOSALS -> named(row, header.indexOf("author"), now.proposalAuthors(), row.get(0));
            case COMMENTS -> named(row, header.indexOf("author"), now.commentAuthors(), row.get(0));
            case ANSWERS -> named(row, header.indexOf("official"), now.answerOfficials(), row.get(0));
            case VOTES_DAILY -> now.proposalAuthors().containsKey(parse(row.get(header.indexOf("proposal_id"))))
                    ? row : null;
            case BUDGET_PROJECTS -> now.proposalAuthors().containsKey(parse(row.get(header.indexOf("idea_id"))))
                    ? row : null;
            case GUESTBOOK -> named(row, header.indexOf("author"), now.guestbookAuthors(), row.get(0));
            case CONTEST_PHOTOS -> named(row, header.indexOf("credit"), now.photoCredits(), row.get(0));
            case GALLERY_PHOTOS -> named(row, header.indexOf("credit"), now.galleryPhotos(), row.get(0));
            case BUDGETS, BUDGET_ENVELOPES, BUDGET_RESULTS, BUDGET_MILESTONES, FUNDING_CAMPAIGNS, THEMES, DISTRICTS -> row;
        };
    }

    /** The row with the name shown now in its column, or null when its key is no longer public. */
    private static List<String> named(List<String> row, int column, Map<Long, String> publicNames, String key) {
        Long id = parse(key);
        if (id == null || !publicNames.containsKey(id)) {
            return null;
        }
        String name = Csv.neutralised(Objects.requireNonNullElse(publicNames.get(id), ""));
        if (column < 0 || row.get(column).equals(name)) {
            return row;
        }
        List<String> renamed = new ArrayList<>(row);
        renamed.set(column, name);
        return renamed;
    }

    private static Long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
