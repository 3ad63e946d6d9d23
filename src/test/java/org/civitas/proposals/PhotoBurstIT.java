package org.civitas.proposals;

import org.civitas.testing.AllAtOnce;
import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads built to exhaust memory (a 7000 × 7000 PNG of 16-bit RGBA: under 1 MB on the wire, 392 MB once decoded)
 * sent sixteen at once: every one is answered (stored, or told to try again), none with a 500, the server logs no
 * OutOfMemoryError, and the public API keeps answering while they are processed. An account that sends photo after
 * photo is stopped before anything is decoded.
 */
@ExtendWith(Portal.class)
class PhotoBurstIT {

    private final URL base = Portal.base();

    @Test
    void sixteenDeepImagesAtOnceLeaveThePortalAnswering() throws Exception {
        byte[] deep = TestPhotos.deepPng(7000, 7000);
        List<PortalClient> authors = new ArrayList<>();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            PortalClient author = new PortalClient(base.toURI());
            author.registerNewCitizen("Photographe " + i);
            HttpResponse<String> created = author.sendJson("POST", "api/proposals",
                    TestProposals.json("Une place ombragée numéro " + i, "environnement", null));
            assertEquals(201, created.statusCode(), created.body());
            authors.add(author);
            drafts.add(TestProposals.number(created.body(), "id"));
        }
        List<String> logBefore = Files.readAllLines(Portal.log());

        List<Integer> reads = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean uploading = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<?> reading = reader.submit(() -> {
            PortalClient visitor = new PortalClient(base.toURI());
            while (uploading.get()) {
                reads.add(visitor.get("api/proposals?size=5").statusCode());
            }
            return null;
        });
        List<HttpResponse<String>> uploads;
        try {
            uploads = AllAtOnce.run(16, i -> () -> authors.get(i % 8).submitFile(
                    "proposal/edit.xhtml?id=" + drafts.get(i % 8), "photoForm", "uploadPhoto",
                    Map.of("id", String.valueOf(drafts.get(i % 8))), "photo", "deep.png", deep));
        } finally {
            uploading.set(false);
            reading.get();
            reader.shutdown();
        }

        int stored = 0;
        int storedBy = -1;
        for (int i = 0; i < uploads.size(); i++) {
            HttpResponse<String> upload = uploads.get(i);
            assertTrue(upload.statusCode() == 302 || upload.statusCode() == 200, "answered: " + upload.statusCode());
            if (upload.statusCode() == 302) {
                stored++;
                storedBy = i % 8;
            } else {
                assertTrue(upload.body().contains("Beaucoup de photos sont envoyées en ce moment"), upload.body());
            }
        }
        assertTrue(stored >= 2, "photos were stored while the others waited: " + stored);
        assertFalse(reads.isEmpty(), "the API was read during the burst");
        assertTrue(reads.stream().allMatch(status -> status == 200), "the API kept answering: " + reads);
        assertEquals(200, new PortalClient(base.toURI()).get("health/ready").statusCode());
        List<String> logAfter = Files.readAllLines(Portal.log());
        List<String> added = logAfter.subList(Math.min(logBefore.size(), logAfter.size()), logAfter.size());
        assertTrue(added.stream().noneMatch(line -> line.contains("OutOfMemoryError")), String.join("\n", added));

        // A stored photo is on its draft, read subsampled from the deep image
        HttpResponse<String> page = authors.get(storedBy).get("proposal/edit.xhtml?id=" + drafts.get(storedBy));
        assertTrue(page.body().contains("-thumb.jpg"), "the draft of an author whose upload was stored has its photo");
    }

    @Test
    void anAccountSendingPhotoAfterPhotoIsStoppedBeforeDecoding() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Photographe Pressé");
        HttpResponse<String> created = author.sendJson("POST", "api/proposals",
                TestProposals.json("Des fleurs sur le pont", "environnement", null));
        long draft = TestProposals.number(created.body(), "id");
        byte[] small = TestPhotos.jpeg(TestPhotos.redBlue(BufferedImage.TYPE_INT_RGB));
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> upload = author.submitFile("proposal/edit.xhtml?id=" + draft, "photoForm", "uploadPhoto",
                    Map.of("id", String.valueOf(draft)), "photo", "photo.jpg", small);
            assertEquals(302, upload.statusCode(), "upload " + (i + 1) + ": " + upload.body());
        }
        HttpResponse<String> refused = author.submitFile("proposal/edit.xhtml?id=" + draft, "photoForm", "uploadPhoto",
                Map.of("id", String.valueOf(draft)), "photo", "photo.jpg", small);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Vous avez envoyé 20 photos en une heure"), refused.body());
    }
}
