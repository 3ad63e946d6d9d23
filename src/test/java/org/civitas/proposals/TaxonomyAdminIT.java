package org.civitas.proposals;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.civitas.testing.TestAccounts;
import org.civitas.testing.TestProposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Themes and districts set up without SQL: an administrator adds, renames, moves, retires and restores them on the
 * administration page and through the API; a retired one is offered to nobody, and its proposals keep it. Only the
 * themes and districts a test adds are changed (the shared server's demo ones serve the other tests).
 */
@ExtendWith(Portal.class)
class TaxonomyAdminIT {

    private final URL base = Portal.base();

    private static String flat(HttpResponse<String> response) {
        return response.body().replaceAll("\\s+", " ");
    }

    @Test
    void anAdministratorSetsUpAThemeAndRetiresItWithoutItsProposalsLosingIt() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String page = admin.menuLink("admin/taxonomy.xhtml");
        String unique = UUID.randomUUID().toString().substring(0, 6);

        // Added on the page: the code comes from the French name
        HttpResponse<String> added = admin.follow(admin.submitForm(page, "addThemeForm", "addTheme",
                Map.of("themeNameFr", "Fêtes de quartier " + unique, "themeNameEn", "")));
        assertTrue(flat(added).contains("Thème «\u00a0Fêtes de quartier " + unique + "\u00a0» ajouté (code fetes-de-quartier-" + unique + ")"),
                added.body());
        String code = "fetes-de-quartier-" + unique;
        String listed = admin.get("api/themes").body();
        assertTrue(listed.contains("\"code\":\"" + code + "\"") && listed.contains("\"nameEn\":\"Fêtes de quartier " + unique + "\""),
                "offered, the English name the French one until translated: " + listed);

        // A citizen files a proposal under it
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Autrice Festive");
        TestProposals.Published proposal = TestProposals.publish(author, "Un bal populaire place du marché", code);

        // Renamed through the API; the code stays
        HttpResponse<String> renamed = admin.sendJson("PUT", "api/themes/" + code,
                "{\"nameFr\":\"Fêtes et bals " + unique + "\",\"nameEn\":\"Fairs and dances\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertTrue(renamed.body().contains("\"code\":\"" + code + "\"") && renamed.body().contains("Fairs and dances"));

        // Retired on the page: offered to nobody, kept by its proposal
        HttpResponse<String> retired = admin.follow(admin.submitForm(page, "taxonomyForm", "retire",
                Map.of("retire", "THEME:" + code)));
        assertTrue(flat(retired).contains("«\u00a0Fêtes et bals " + unique + "\u00a0» est retiré"), retired.body());
        String offered = admin.get("api/themes").body();
        assertTrue(!offered.contains(code), "no longer offered: " + offered + " / all: " + admin.get("api/themes?all=true").body());
        String all = admin.get("api/themes?all=true").body();
        assertTrue(Pattern.compile("\\{\"code\":\"" + code + "\",\"nameEn\":\"Fairs and dances\",\"nameFr\":\"Fêtes et bals "
                + unique + "\",\"position\":\\d+,\"retired\":true}").matcher(all).find(), "listed as retired: " + all);
        HttpResponse<String> refused = author.sendJson("POST", "api/proposals",
                TestProposals.json("Une autre fête sous un thème retiré", code, null));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(author.get("api/proposals/" + proposal.id()).body().contains("\"theme\":\"" + code + "\""),
                author.get("api/proposals/" + proposal.id()).body());
        assertEquals(200, author.get(proposal.path()).statusCode(), "its page still answers");

        // Restored: offered again
        HttpResponse<String> restored = admin.follow(admin.submitForm(page, "taxonomyForm", "restore",
                Map.of("restore", "THEME:" + code)));
        assertTrue(flat(restored).contains("est de nouveau proposé"), restored.body());
        assertEquals(201, author.sendJson("POST", "api/proposals",
                TestProposals.json("Une autre fête sous un thème rétabli", code, null)).statusCode());

        assertTrue(admin.get("admin/audit.xhtml?action=THEME_RETIRED").body().contains(code));
    }

    @Test
    void districtsAreAddedMovedAndGuardedLikeThemes() throws Exception {
        PortalClient admin = new PortalClient(base.toURI());
        TestAccounts.signInAsAdmin(admin);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String first = "nord-" + unique;
        String second = "sud-" + unique;
        assertEquals(201, admin.sendJson("POST", "api/districts", "{\"code\":\"" + first + "\",\"name\":\"Nord " + unique + "\"}").statusCode());
        assertEquals(201, admin.sendJson("POST", "api/districts", "{\"code\":\"" + second + "\",\"name\":\"Sud " + unique + "\"}").statusCode());
        assertEquals(409, admin.sendJson("POST", "api/districts", "{\"code\":\"" + first + "\",\"name\":\"Encore\"}").statusCode(),
                "a code is taken once");
        for (String bad : List.of("{\"name\":\"\"}", "{\"code\":\"Pas Un Code\",\"name\":\"Ouest\"}", "{\"name\":\"A\\nB\"}")) {
            assertEquals(422, admin.sendJson("POST", "api/districts", bad).statusCode(), bad);
        }

        String all = admin.get("api/districts?all=true").body();
        assertTrue(all.indexOf(first) < all.indexOf(second), all);
        assertEquals(204, admin.sendJson("POST", "api/districts/" + second + "/move", "{\"direction\":\"up\"}").statusCode());
        all = admin.get("api/districts?all=true").body();
        assertTrue(all.indexOf(second) < all.indexOf(first), "moved up: " + all);
        assertEquals(422, admin.sendJson("POST", "api/districts/" + second + "/move", "{\"direction\":\"sideways\"}").statusCode());
        // And back down with the page's button (a plain submit button, no script)
        String page = admin.menuLink("admin/taxonomy.xhtml");
        assertEquals(302, admin.submitForm(page, "taxonomyForm", "moveDown", Map.of("moveDown", "DISTRICT:" + second)).statusCode());
        all = admin.get("api/districts?all=true").body();
        assertTrue(all.indexOf(first) < all.indexOf(second), "moved down again: " + all);
        assertEquals(404, admin.sendJson("PUT", "api/districts/no-such-" + unique, "{\"name\":\"Rien\"}").statusCode());

        // Retired with a rename in one change; nobody else may change them
        HttpResponse<String> changed = admin.sendJson("PUT", "api/districts/" + first, "{\"name\":\"Nord-Est " + unique + "\",\"retired\":true}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"retired\":true"));
        PortalClient citizen = new PortalClient(base.toURI());
        citizen.registerNewCitizen("Citoyen Sans Droits");
        assertEquals(403, citizen.sendJson("POST", "api/districts", "{\"name\":\"Ouest " + unique + "\"}").statusCode());
        assertEquals(403, citizen.sendJson("PUT", "api/districts/" + second, "{\"name\":\"Pris\",\"retired\":true}").statusCode());
        assertEquals(401, new PortalClient(base.toURI()).sendJson("POST", "api/themes", "{\"nameFr\":\"Anonyme\"}").statusCode());
        assertEquals(403, citizen.get("admin/taxonomy.xhtml").statusCode());
        assertTrue(citizen.sendJson("POST", "api/proposals", TestProposals.json("Une proposition dans un quartier retiré",
                "environnement", first)).statusCode() == 422, "a retired district is offered to nobody");
    }
}
