package org.civitas.demo;

import org.civitas.guestbook.GuestbookSeeder;
import org.civitas.guestbook.GuestbookText;
import org.civitas.guestbook.Relation;
import org.civitas.guestbook.Visitor;

import java.util.function.ToLongFunction;

/**
 * The demo town's guest book: messages of residents, a former resident and visitors on the wall, one answered by the
 * town, and two waiting for the moderator (so that Sacha Modération has something to read).
 */
final class DemoGuestbook {

    private DemoGuestbook() {
    }

    static void seed(GuestbookSeeder guestbook, ToLongFunction<String> account) {
        long moderator = account.applyAsLong("moderation");
        long official = account.applyAsLong("elue");
        guestbook.visitor(new Visitor("Hans Keller", "hans.keller@example.org"), new GuestbookText(Relation.VISITOR,
                "Fribourg", "Trois jours à vélo le long de la Loire, un accueil chaleureux à l’office de tourisme. "
                        + "Nous reviendrons pour la fête de la musique !"), moderator);
        guestbook.member(account.applyAsLong("jp"), new GuestbookText(Relation.FORMER_RESIDENT, "Nantes",
                "J’ai grandi dans le Vieux-Bourg dans les années 70. Quelle joie de voir la halle rénovée, "
                        + "et le marché du samedi toujours aussi vivant."), moderator, official,
                "Merci pour ce beau souvenir, la halle vous attend pour son centenaire l’an prochain.");
        guestbook.member(account.applyAsLong("lea"), new GuestbookText(Relation.RESIDENT, "Centre-ville",
                "Bravo aux équipes des espaces verts pour les massifs du quai : on s’y arrête tous les matins."),
                moderator, null, null);
        guestbook.visitor(new Visitor("Amélie", "amelie.v@example.org"), new GuestbookText(Relation.VISITOR, "Lille",
                "Une très belle balade sur les bords de Loire, des bancs partout et des toilettes propres : merci !"),
                moderator);
        guestbook.member(account.applyAsLong("karim"), new GuestbookText(Relation.RESIDENT, null,
                "Le nouveau parvis de la gare est réussi, mais il manque encore des arceaux pour les vélos."), null, null,
                null);
        guestbook.visitor(new Visitor("Paul", "paul.d@example.org"), new GuestbookText(Relation.VISITOR, "Tours",
                "Super week-end, dommage que le musée ferme le lundi."), null);
    }
}
