package org.civitas.demo;

import org.civitas.funding.CampaignDraft;
import org.civitas.funding.CampaignKind;
import org.civitas.funding.FundingMode;
import org.civitas.funding.FundingSeeder;
import org.civitas.funding.NeedKind;
import org.civitas.funding.TargetKind;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The demo town's citizen funding: an all-or-nothing donation campaign on an accepted proposal, two thirds of the way
 * with a week left (rewards, one nearly gone; volunteers and goods needed; news from the team), and a loan campaign
 * run by a (fictional) authorised provider on another. The pledges are seeded as the payment service had confirmed
 * them: the demo asks nothing of any service.
 */
final class DemoFunding {

    private DemoFunding() {
    }

    static void seed(FundingSeeder funding, List<Long> accepted, LocalDate today, ToLongFunction<String> account) {
        if (accepted.isEmpty()) {
            return;
        }
        long official = account.applyAsLong("elue");
        long trees = funding.campaign(TargetKind.PROPOSAL, accepted.get(0), new CampaignDraft(CampaignKind.DONATION,
                "Cent arbres pour la ville",
                "La ville plante cinquante arbres ; vos dons en ajoutent cinquante autres, avec leurs tuteurs, leurs "
                        + "grilles et deux ans d’arrosage.\n\nChaque arbre coûte 80 €. Si l’objectif n’est pas atteint "
                        + "à la date de clôture, aucun don n’est prélevé.",
                400_000, today.plusDays(7), FundingMode.ALL_OR_NOTHING, null,
                List.of(new CampaignDraft.RewardDraft("Votre nom sur la plaque du verger", null, 8_000, 20),
                        new CampaignDraft.RewardDraft("Une visite des pépinières municipales", null, 3_000, null)),
                List.of(new CampaignDraft.NeedDraft(NeedKind.TIME, "Planter les arbres un samedi matin", 20,
                                today.plusDays(21)),
                        new CampaignDraft.NeedDraft(NeedKind.GOODS, "Arrosoirs et seaux", 30, null))), official);
        List<Long> rewards = funding.rewards(trees);
        String[][] backers = {{"lea", "Léa Martin"}, {"karim", "Karim Benali"}, {"nadia", "Nadia Haddad"},
                {"jp", "Jean-Pierre Lefèvre"}, {"ines", "Inès Moreau"}, {"hugo", "Hugo Lambert"}};
        long[] amounts = {8_000, 50_000, 8_000, 120_000, 3_000, 80_000};
        for (int i = 0; i < backers.length; i++) {
            Long reward = amounts[i] >= 8_000 && i % 2 == 0 ? rewards.get(0) : amounts[i] >= 3_000 ? rewards.get(1) : null;
            funding.pledge(trees, account.applyAsLong(backers[i][0]), backers[i][1], i == 3, amounts[i], reward, true);
        }
        funding.update(trees, official, "Les essences sont choisies : tilleuls, érables champêtres et merisiers, "
                + "adaptés aux étés secs. Merci aux premiers donateurs !");
        if (accepted.size() > 1) {
            funding.campaign(TargetKind.PROPOSAL, accepted.get(1), new CampaignDraft(CampaignKind.LOAN,
                    "Prêter pour les panneaux solaires du gymnase",
                    "Un prêt participatif rémunéré à 3 % sur cinq ans, mené par une plateforme agréée : la ville "
                            + "rembourse avec les économies d’électricité.",
                    6_000_000, today.plusDays(45), FundingMode.KEEP_WHAT_IS_RAISED,
                    "https://financement-participatif.example/belleville/gymnase-solaire", List.of(), List.of()),
                    official);
        }
    }
}
