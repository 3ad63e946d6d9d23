package org.civitas.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test-only: today's snapshot built again now, from what is public now (the daily run would wait until 02:30). */
@ApplicationScoped
public class OpenDataFixtures {

    @Inject
    private Snapshots snapshots;

    public void rebuildTodaysSnapshot() {
        snapshots.list().stream().findFirst().flatMap(s -> snapshots.file(s.file())).ifPresent(OpenDataFixtures::delete);
        snapshots.buildToday();
        if (snapshots.list().isEmpty()) {
            throw new IllegalStateException("no snapshot after building today's");
        }
    }

    private static void delete(Path zip) {
        try {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(zip.resolveSibling(zip.getFileName() + ".sha256"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
