package org.civitas.demo;

import org.civitas.watch.Found;
import org.civitas.watch.TriageState;
import org.civitas.watch.WatchKind;
import org.civitas.watch.WatchSeeder;
import org.civitas.watch.WatchSourceDraft;

import java.util.function.ToLongFunction;

/**
 * The demo town's watch: three sources (a Mastodon hashtag, a Bluesky search, a local newspaper's feed), paused so
 * that the demo never asks the internet, and what they "brought": new items, one seen and given to Élise Élue, one
 * answered, one set aside. The addresses are fictional ({@code .example}).
 */
final class DemoWatch {

    private DemoWatch() {
    }

    static void seed(WatchSeeder watch, ToLongFunction<String> account) {
        long official = account.applyAsLong("elue");
        long tag = watch.source(new WatchSourceDraft(WatchKind.MASTODON_TAG, "#VieuxBourg sur Mastodon",
                "https://mastodon.example", "VieuxBourg", null, 15, null, false));
        long search = watch.source(new WatchSourceDraft(WatchKind.BLUESKY_SEARCH, "La ville sur Bluesky",
                "https://public.api.bsky.app", "mairie quai Loire", null, 30, null, false));
        long feed = watch.source(new WatchSourceDraft(WatchKind.FEED, "Le Courrier de la Loire (local)",
                "https://courrier-loire.example/ville/rss.xml", null, "halle, quai, vélo, marché", 60, null, false));
        watch.item(tag, found("https://mastodon.example/@camille/111000000000000001", "Camille (@camille)",
                null, "Les arceaux vélo promis devant la médiathèque #VieuxBourg, on les attend toujours. "
                        + "Quelqu’un sait si c’est prévu ?"), 3, TriageState.NEW, null, null);
        watch.item(tag, found("https://mastodon.example/@lucas/111000000000000002", "Lucas B. (@lucas)",
                null, "Superbe marché de producteurs ce samedi sous la halle #VieuxBourg, il faudrait le faire aussi "
                        + "le mercredi soir !"), 9, TriageState.SEEN, official, null);
        watch.item(search, found("https://bsky.app/profile/quartier-gare.example/post/3kdemo0000001",
                "Quartier de la gare (@quartier-gare.example)", null, "Le parvis de la gare est enfin piéton, "
                        + "merci la mairie. Reste l’éclairage du passage sous les voies, très sombre le soir."),
                20, TriageState.ANSWERED, official, null);
        watch.item(search, found("https://bsky.app/profile/nadia.example/post/3kdemo0000002", "Nadia (@nadia.example)",
                null, "Des bancs à l’ombre sur le quai de Loire, ce serait le rêve cet été."), 30, TriageState.NEW,
                null, null);
        watch.item(feed, found("https://courrier-loire.example/ville/2026/12/la-halle-fete-ses-cent-ans",
                "Le Courrier de la Loire", "La halle fêtera ses cent ans au printemps",
                "La municipalité prépare une semaine de fête et lance un appel aux habitants pour raconter leurs "
                        + "souvenirs du marché."), 40, TriageState.NEW, null, null);
        watch.item(feed, found("https://courrier-loire.example/ville/2026/11/travaux-du-quai-calendrier",
                "Le Courrier de la Loire", "Travaux du quai : le calendrier dévoilé",
                "Les travaux de réfection du quai commenceront en février et dureront six mois, vélo et piétons "
                        + "gardent un passage."), 70, TriageState.IGNORED, null, null);
    }

    private static Found found(String url, String author, String title, String body) {
        return new Found(url, url, author, null, title, body, null);
    }
}
