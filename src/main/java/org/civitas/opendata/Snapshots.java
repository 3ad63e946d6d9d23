package org.civitas.opendata;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.civitas.accounts.AccountDeleted;
import org.civitas.comments.CommentDeleted;
import org.civitas.comments.CommentModerated;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.proposals.ProposalVisibilityChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Dated snapshots of the open data: once a day (and at start-up when today's is missing), an EJB timer writes a ZIP
 * of every CSV, datapackage.json, a README and the licence notice, with its SHA-256 beside it, into
 * {@code CIVITAS_OPENDATA_SNAPSHOTS_DIR}; the last 30 days are kept. Written to a temporary file and moved into
 * place, so a reader never sees half a ZIP. Runs in the background: requests never wait for it. What leaves the
 * public view leaves the snapshots kept ({@link SnapshotRedaction}): within seconds when a proposal is hidden, a
 * comment hidden or deleted or an account deleted (on the server that made the change), and for everything at the
 * daily run.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // plain JDBC reads, outside any transaction
public class Snapshots {

    static final int KEEP_DAYS = 30;
    static final String PREFIX = "civitas-opendata-";
    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private OpenDataExport export;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "civitas.opendata.snapshots-dir")
    private Optional<String> directory;

    @Inject
    @ConfigProperty(name = "server.output.dir", defaultValue = ".")
    private String serverOutput;

    @Inject
    private SnapshotRedaction redaction;

    private final AtomicBoolean building = new AtomicBoolean();

    /** A redaction asked for and not begun yet: several removals in a row cost one pass. */
    private final AtomicBoolean redactionAsked = new AtomicBoolean();

    static final String REDACT = "opendata-snapshot-redaction";

    /** One snapshot as the list shows it. */
    public record Snapshot(LocalDate date, String file, String sha256, long bytes) {
    }

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(15_000, new TimerConfig("opendata-snapshot-at-start", false));
    }

    @Timeout
    void timeout(Timer timer) {
        if (REDACT.equals(timer.getInfo())) {
            redactionAsked.set(false);
            redactAll();
        } else {
            buildToday();
        }
    }

    /**
     * Daily: the snapshots kept checked against what is public now (what another server saw leave, or a pass that
     * failed), then today's.
     */
    @Schedule(hour = "2", minute = "30", persistent = false, info = "opendata-snapshot-daily")
    void daily() {
        redactAll();
        buildToday();
    }

    /** A proposal left the public view: out of the snapshots within seconds. */
    public void proposalLeft(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalVisibilityChanged event) {
        if (!event.visible()) {
            askRedaction();
        }
    }

    /** A comment hidden by moderation: out of the snapshots within seconds. */
    public void commentHidden(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentModerated event) {
        if (event.hiddenFor() != null) {
            askRedaction();
        }
    }

    /** A comment deleted by its author: out of the snapshots within seconds. */
    public void commentDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentDeleted event) {
        askRedaction();
    }

    /** An account deleted: its name out of the snapshots within seconds. */
    public void accountDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDeleted event) {
        askRedaction();
    }

    private void askRedaction() {
        if (redactionAsked.compareAndSet(false, true)) {
            timers.createSingleActionTimer(1_000, new TimerConfig(REDACT, false));
        }
    }

    /** Checks every snapshot kept against what is public now, rewriting those that hold what no longer is. */
    public void redactAll() {
        if (!building.compareAndSet(false, true)) {
            askRedactionLater();
            return;
        }
        try {
            Path dir = dir();
            if (!Files.isDirectory(dir)) {
                return;
            }
            List<Path> zips = list(dir);
            if (zips.isEmpty()) {
                return;
            }
            SnapshotRedaction.PublicNow now = redaction.now();
            int rewritten = 0;
            for (Path zip : zips) {
                if (redaction.redact(zip, now)) {
                    rewritten++;
                }
            }
            int count = rewritten;
            LOG.info(() -> "Open-data snapshots checked against what is public now: " + count + " of " + zips.size()
                    + " rewritten");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Open-data snapshot redaction failed; the next run tries again", e);
            askRedactionLater();
        } finally {
            building.set(false);
        }
    }

    /** A snapshot was being built, or the pass failed: again in a minute. */
    private void askRedactionLater() {
        if (redactionAsked.compareAndSet(false, true)) {
            timers.createSingleActionTimer(60_000, new TimerConfig(REDACT, false));
        }
    }

    /** Builds today's snapshot if missing, then forgets those older than 30 days. */
    public void buildToday() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), town.getZone());
            Path dir = dir();
            Files.createDirectories(dir);
            Path zip = dir.resolve(PREFIX + today + ".zip");
            if (!Files.exists(zip)) {
                build(zip);
            }
            for (Path old : expired(list(dir), today)) {
                Files.deleteIfExists(old);
                Files.deleteIfExists(old.resolveSibling(old.getFileName() + ".sha256"));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Open-data snapshot failed; the next run tries again", e);
        } finally {
            building.set(false);
        }
    }

    private void build(Path zip) throws IOException {
        replace(zip, "building-", out -> {
            for (Dataset dataset : Dataset.values()) {
                out.putNextEntry(new ZipEntry(dataset.path() + ".csv"));
                export.writeCsv(dataset, new NonClosing(out));
                out.closeEntry();
            }
            entry(out, "datapackage.json", DataPackage.build("", town.getName(), clock.instant()).toString());
            entry(out, "README.txt", readme());
            entry(out, "LICENCE.txt", "Licence Ouverte 2.0 / Open Licence 2.0 (Etalab)\n"
                    + DataPackage.LICENCE_URL + "\n\nRéutilisation libre, y compris commerciale, avec mention de la "
                    + "source : « Portail de participation de " + town.getName() + " ».\n");
            return true;
        });
    }

    /** What a snapshot's ZIP holds, written by {@link #replace}; returns whether the file is to be kept. */
    @FunctionalInterface
    interface ZipContent {
        boolean write(ZipOutputStream out) throws IOException;
    }

    /**
     * Writes a snapshot to a temporary file beside it and, if its content says to keep it, moves it into place with
     * its SHA-256 in the {@code .sha256} file beside it: a reader never sees half a ZIP. Returns whether it did.
     */
    static boolean replace(Path zip, String temporaryPrefix, ZipContent content) throws IOException {
        Path temporary = Files.createTempFile(zip.getParent(), temporaryPrefix, ".zip.part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            boolean keep;
            try (OutputStream file = Files.newOutputStream(temporary);
                 ZipOutputStream out = new ZipOutputStream(new DigestOutputStream(file, sha), StandardCharsets.UTF_8)) {
                keep = content.write(out);
            }
            if (!keep) {
                return false;
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Files.move(temporary, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(zip.resolveSibling(zip.getFileName() + ".sha256"), hex + "  " + zip.getFileName() + "\n");
            return true;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private String readme() {
        return "Données ouvertes du portail de participation de " + town.getName() + "\n"
                + "Open data of the participation portal of " + town.getName() + "\n\n"
                + "Fichiers / files: " + String.join(", ", Stream.of(Dataset.values()).map(d -> d.path() + ".csv").toList())
                + "\nDescription des champs / field descriptions: datapackage.json (Frictionless Data Package v2), "
                + "et ci-dessous / and below.\n"
                + "CSV: UTF-8, virgule / comma, CRLF, en-tête / header, dates ISO 8601 UTC.\n"
                + "Licence: Licence Ouverte 2.0 (etalab-2.0), " + DataPackage.LICENCE_URL + "\n"
                + dictionary();
    }

    /** Every file's fields and what they hold, in French and English. */
    private static String dictionary() {
        StringBuilder out = new StringBuilder();
        for (Dataset d : Dataset.values()) {
            out.append("\n").append(d.path()).append(".csv: ").append(Texts.get(Locale.FRENCH, Dataset.TITLE_KEY + d.path()))
                    .append(" / ").append(Texts.get(Locale.ENGLISH, Dataset.TITLE_KEY + d.path())).append('\n');
            for (Field f : d.fields()) {
                out.append("  ").append(f.name()).append(" (").append(f.type().tableSchema())
                        .append(f.required() ? "" : ", optionnel / optional").append("): ")
                        .append(DataPackage.describe(d, f, Locale.FRENCH)).append(" / ")
                        .append(DataPackage.describe(d, f, Locale.ENGLISH)).append('\n');
            }
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    /** The snapshots present, newest first. */
    public List<Snapshot> list() {
        try {
            Path dir = dir();
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            List<Snapshot> snapshots = new ArrayList<>();
            for (Path zip : list(dir)) {
                Path sum = zip.resolveSibling(zip.getFileName() + ".sha256");
                String hex = Files.exists(sum) ? Files.readString(sum).split("\\s+")[0] : null;
                snapshots.add(new Snapshot(dateOf(zip), zip.getFileName().toString(), hex, Files.size(zip)));
            }
            snapshots.sort((a, b) -> b.date().compareTo(a.date()));
            return snapshots;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of one snapshot, if present (the name is checked against the list, never used as a path). */
    public Optional<Path> file(String name) {
        return list().stream().filter(s -> s.file().equals(name)).findFirst().map(s -> dir().resolve(s.file()));
    }

    private Path dir() {
        return Path.of(directory.filter(d -> !d.isBlank()).orElse(serverOutput + "/opendata-snapshots"));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(PREFIX + "\\d{4}-\\d\\d-\\d\\d\\.zip")).toList();
        }
    }

    static LocalDate dateOf(Path zip) {
        String name = zip.getFileName().toString();
        return LocalDate.parse(name.substring(PREFIX.length(), PREFIX.length() + 10));
    }

    /** Snapshots older than 30 days (today counts as the first). */
    static List<Path> expired(List<Path> zips, LocalDate today) {
        return zips.stream().filter(z -> dateOf(z).isBefore(today.minusDays(KEEP_DAYS - 1))).toList();
    }

    /** Lets a writer close without closing the ZIP underneath. */
    static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
