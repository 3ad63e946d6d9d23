package org.civitas.demo;

import org.civitas.contests.ContestDraft;
import org.civitas.contests.ContestSeeder;
import org.civitas.contests.Licence;
import org.civitas.contests.PhotoSubmission;
import org.civitas.galleries.GalleryDraft;
import org.civitas.galleries.GallerySeeder;
import org.civitas.galleries.TownPhotoText;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;
import javax.imageio.ImageIO;

/**
 * The demo town's photo contests, one at each stage a visitor should see: one over with its winners, one whose public
 * vote is open (the demo citizen has votes to cast, the official sits on its jury), and one taking photos (with one
 * waiting for the moderator). The photos are drawn here (skies, hills, roofs, a river), each from its own seed, in
 * landscape or portrait, and go through the same pipeline as an upload.
 */
final class DemoContests {

    private record Shot(String title, String place, String credit, Licence licence, String author, boolean tall) {
    }

    private DemoContests() {
    }

    /** Seeds the contests; returns the id of the one whose results are out (its winners make a gallery). */
    static long seed(ContestSeeder contests, LocalDate today, ToLongFunction<String> account, List<Long> residents) {
        long official = account.applyAsLong("elue");
        long moderator = account.applyAsLong("moderation");
        long admin = account.applyAsLong("admin");

        long seasons = contests.open(new ContestDraft("La ville au fil des saisons",
                "Quatre saisons, une ville : montrez-nous ce qui change et ce qui demeure.",
                "Photos prises dans la commune entre le 1er janvier et le 30 septembre.\n"
                        + "Trois prix du jury et un prix du public ; les lauréats sont exposés à la médiathèque.\n"
                        + "En envoyant une photo, vous confirmez en être l’auteur.",
                today.minusDays(120), today.minusDays(75), today.minusDays(60), 3, 5, 3), official,
                Set.of(official, admin));
        List<Shot> seasonShots = List.of(
                new Shot("Brume d’automne sur le quai", "Quai Vauban", "Léa Martin", Licence.CC_BY, "lea", false),
                new Shot("Premier givre au parc", "Parc Micaud", "Karim Benali", Licence.CC_BY_SA, "karim", true),
                new Shot("La halle sous la neige", "Vieux-Bourg", "Jean-Pierre Lefèvre", Licence.TOWN_USE, "jp", false),
                new Shot("Cerisiers en fleurs", "Rue des Granges", "Léa Martin", Licence.CC_BY, "lea", true),
                new Shot("Orage d’été sur les toits", "Battant", "Nadia Haddad", Licence.CC_BY_NC, "nadia", false),
                new Shot("Le marché en juillet", "Place de la Révolution", "Karim Benali", Licence.CC0, "karim", false),
                new Shot("Reflets de septembre", "Pont Battant", "Hugo Lambert", Licence.CC_BY, "hugo", true),
                new Shot("Soir de fête", "Centre-ville", "Jean-Pierre Lefèvre", Licence.CC_BY_SA, "jp", false));
        int seed = 1;
        for (Shot shot : seasonShots) {
            int n = seed++;
            contests.photo(seasons, account.applyAsLong(shot.author()), slotOf(seasonShots, shot), submission(shot),
                    picture(n, shot.tall()), moderator, voters(residents, 3 + (n * 7) % 11),
                    List.of(new long[]{official, 4 + (n * 3) % 7}, new long[]{admin, 5 + (n * 5) % 6}));
        }
        contests.publishResults(seasons);

        long markets = contests.open(new ContestDraft("Marchés et places",
                "Les marchés, les terrasses, les places : la ville qui se retrouve.",
                "Une à trois photos par personne, prises dans la commune.\n"
                        + "Votez pour vos cinq photos préférées jusqu’à la fin du vote ; le jury note en parallèle.",
                today.minusDays(30), today.minusDays(5), today.plusDays(10), 3, 5, 3), official, Set.of(official));
        List<Shot> marketShots = List.of(
                new Shot("Samedi matin, place du marché", "Place du Marché", "Léa Martin", Licence.CC_BY, "lea", false),
                new Shot("Le fromager", "Halles", "Jean-Pierre Lefèvre", Licence.TOWN_USE, "jp", true),
                new Shot("Terrasses au soleil", "Place Granvelle", "Karim Benali", Licence.CC_BY_SA, "karim", false),
                new Shot("Les fleurs de Madame Roux", "Marché Beaux-Arts", "Nadia Haddad", Licence.CC_BY, "nadia", true),
                new Shot("Jeux d’eau", "Place de la Révolution", "Hugo Lambert", Licence.CC0, "hugo", false),
                new Shot("Fin de marché", "Place du Marché", "Karim Benali", Licence.CC_BY, "karim", false));
        for (Shot shot : marketShots) {
            int n = seed++;
            contests.photo(markets, account.applyAsLong(shot.author()), slotOf(marketShots, shot), submission(shot),
                    picture(n, shot.tall()), moderator, voters(residents, n % 6), List.of());
        }
        contests.photo(markets, account.applyAsLong("jp"), 3,
                submission(new Shot("Le camion à pizzas", "Place du Marché", "Jean-Pierre Lefèvre", Licence.CC_BY, "jp",
                        false)), picture(seed++, false), null, List.of(), List.of());

        long nights = contests.open(new ContestDraft("Nos quartiers la nuit",
                "Lumières, reflets, silences : la ville quand elle s’endort.",
                "Une à deux photos par personne. Pas de flash sur les personnes : leur accord reste nécessaire.",
                today.minusDays(3), today.plusDays(25), today.plusDays(40), 2, 3, 3), official, Set.of(official));
        contests.photo(nights, account.applyAsLong("lea"), 1, submission(new Shot("La passerelle illuminée",
                "Passerelle Denis-Papin", "Léa Martin", Licence.CC_BY, "lea", false)), night(seed++, false), moderator,
                List.of(), List.of());
        contests.photo(nights, account.applyAsLong("karim"), 1, submission(new Shot("Dernier bus", "Gare",
                "Karim Benali", Licence.CC_BY_SA, "karim", true)), night(seed++, true), moderator, List.of(), List.of());
        contests.photo(nights, account.applyAsLong("habitant"), 1, submission(new Shot("Ma rue sous la lune",
                "Rue de Belfort", "Alex Habitant", Licence.CC_BY, "habitant", false)), night(seed, false), null,
                List.of(), List.of());
        return seasons;
    }

    /** The town's shop window: the finished contest's winners with two of the town's own photos, and a draft. */
    static void galleries(GallerySeeder galleries, long seasons, ToLongFunction<String> account) {
        long official = account.applyAsLong("elue");
        galleries.gallery(new GalleryDraft("Le meilleur de nos concours",
                        "Les lauréats du concours « La ville au fil des saisons » et quelques vues de la ville par son "
                                + "service communication. Abonnez-vous au flux RSS pour les recevoir sur vos réseaux.",
                        true), official, seasons,
                List.of(new TownPhotoText("Les quais au printemps", "Ville de Belleville-sur-Loire", Licence.CC_BY),
                        new TownPhotoText("La halle, côté place", "Ville de Belleville-sur-Loire", Licence.TOWN_USE)),
                List.of(picture(101, false), picture(102, true)));
        galleries.gallery(new GalleryDraft("Belleville la nuit", "En préparation : les photos du concours de nuit.",
                false), official, null, List.of(new TownPhotoText("Le pont illuminé", "Ville de Belleville-sur-Loire",
                Licence.CC_BY_SA)), List.of(night(103, false)));
    }

    /** The shot's number among its author's in the list (1 for their first). */
    private static int slotOf(List<Shot> shots, Shot shot) {
        int slot = 0;
        for (Shot s : shots) {
            if (s.author().equals(shot.author())) {
                slot++;
            }
            if (s == shot) {
                break;
            }
        }
        return slot;
    }

    /** Voters among the residents the story does not name (none of them an author or on a jury). */
    private static List<Long> voters(List<Long> residents, int count) {
        int from = Math.min(residents.size(), DemoStory.people().size());
        return residents.subList(from, Math.min(residents.size(), from + count));
    }

    private static PhotoSubmission submission(Shot shot) {
        return new PhotoSubmission(shot.title(), shot.place(), shot.credit(), shot.licence(), true);
    }

    /** A landscape by day: a sky, hills, roofs and a river, in colours drawn from the seed. */
    static byte[] picture(int seed, boolean tall) {
        Random random = new Random(seed * 7919L);
        int w = tall ? 800 : 1200;
        int h = tall ? 1200 : 800;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float hue = random.nextFloat();
        g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.45f, 0.95f), 0, h * 0.6f,
                Color.getHSBColor((hue + 0.1f) % 1, 0.25f, 1f)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 240, 200));
        int sun = 60 + random.nextInt(60);
        g.fillOval(random.nextInt(w - sun), h / 10 + random.nextInt(h / 5), sun, sun);
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(Color.getHSBColor((hue + 0.3f + layer * 0.05f) % 1, 0.4f, 0.55f - layer * 0.12f));
            Path2D hill = new Path2D.Double();
            int base = (int) (h * (0.45 + layer * 0.1));
            hill.moveTo(0, h);
            hill.lineTo(0, base);
            for (int x = 0; x <= w; x += w / 8) {
                hill.lineTo(x, base - random.nextInt(h / 8));
            }
            hill.lineTo(w, h);
            hill.closePath();
            g.fill(hill);
        }
        roofs(g, random, w, h, (int) (h * 0.72), Color.getHSBColor((hue + 0.55f) % 1, 0.5f, 0.6f));
        g.setPaint(new GradientPaint(0, h * 0.85f, new Color(70, 110, 160), 0, h, new Color(30, 60, 110)));
        g.fillRect(0, (int) (h * 0.85), w, h);
        g.dispose();
        return jpeg(image);
    }

    /** The same town by night: a dark sky, lit windows, lights on the water. */
    static byte[] night(int seed, boolean tall) {
        Random random = new Random(seed * 104729L);
        int w = tall ? 800 : 1200;
        int h = tall ? 1200 : 800;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(8, 10, 40), 0, h * 0.7f, new Color(40, 30, 90)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(250, 250, 230));
        g.fillOval(w / 2 + random.nextInt(w / 3), h / 10, 70, 70);
        List<int[]> windows = new ArrayList<>();
        roofs(g, random, w, h, (int) (h * 0.7), new Color(20, 20, 35));
        for (int i = 0; i < 60; i++) {
            windows.add(new int[]{random.nextInt(w), (int) (h * 0.55) + random.nextInt((int) (h * 0.25))});
        }
        g.setColor(new Color(255, 200, 90));
        for (int[] at : windows) {
            g.fillRect(at[0], at[1], 8, 12);
        }
        g.setColor(new Color(10, 20, 50));
        g.fillRect(0, (int) (h * 0.85), w, h);
        g.setColor(new Color(255, 200, 90, 120));
        for (int[] at : windows) {
            g.fillRect(at[0], (int) (h * 0.86) + random.nextInt(h / 12), 6, 3);
        }
        g.dispose();
        return jpeg(image);
    }

    private static void roofs(Graphics2D g, Random random, int w, int h, int base, Color colour) {
        g.setColor(colour);
        int x = 0;
        while (x < w) {
            int width = 60 + random.nextInt(90);
            int height = h / 10 + random.nextInt(h / 6);
            g.fillRect(x, base - height, width - 4, height + h);
            Path2D roof = new Path2D.Double();
            roof.moveTo(x - 4, base - height);
            roof.lineTo(x + width / 2.0, base - height - 30 - random.nextInt(30));
            roof.lineTo(x + width, base - height);
            roof.closePath();
            g.fill(roof);
            x += width;
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
