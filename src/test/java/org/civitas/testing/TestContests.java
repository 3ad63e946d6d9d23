package org.civitas.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Photo contests and photos made over HTTP, as the API's clients do, for the tests that need them. */
public final class TestContests {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private TestContests() {
    }

    /** Today in the town's calendar (the test servers keep the default zone). */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A contest's draft as JSON, its phases starting so many days from today. */
    public static String draft(String word, int submissions, int voting, int jury, int votes, int photos) {
        LocalDate today = today();
        return "{\"title\":\"Concours " + word + "\",\"theme\":\"La ville " + word + "\",\"rules\":\"Des photos.\","
                + "\"submissionsOn\":\"" + today.plusDays(submissions) + "\",\"votingOn\":\"" + today.plusDays(voting)
                + "\",\"juryOn\":\"" + today.plusDays(jury) + "\",\"photosPerAccount\":" + photos
                + ",\"votesPerAccount\":" + votes + ",\"prizes\":1}";
    }

    /** Opens a contest taking photos from yesterday to tomorrow; its id. */
    public static long open(PortalClient official, String word, int votes, int photos) {
        HttpResponse<String> opened = official.sendJson("POST", "api/contests", draft(word, -1, 1, 2, votes, photos));
        if (opened.statusCode() != 201) {
            throw new IllegalStateException("Cannot open a contest: " + opened.statusCode() + " " + opened.body());
        }
        return id(opened.body());
    }

    /** Posts a photo with its fields as multipart/form-data, as a client of the API does. */
    public static HttpResponse<String> submit(PortalClient client, String path, Map<String, String> fields,
                                              byte[] photo) {
        String boundary = "----contest" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                    + "\"\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(photo);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Origin", client.origin()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A small PNG of one colour. */
    public static byte[] png(Color colour) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first {@code "id":} of a JSON answer. */
    public static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
