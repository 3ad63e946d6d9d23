package org.civitas.platform.web;

import jakarta.servlet.annotation.WebServlet;
import org.civitas.platform.PublicPage;
import org.civitas.proposals.web.ProposalRoutes;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public pages' clean addresses: one per page, served by the routes, and what Faces' links and redirects become. */
class CleanAddressesTest {

    @Test
    void everyPublicPageIsServedByARouteOrTheWelcomeFile() {
        Set<String> mapped = new TreeSet<>(Arrays.asList(PublicRoutes.class.getAnnotation(WebServlet.class).urlPatterns()));
        mapped.addAll(Arrays.asList(ProposalRoutes.class.getAnnotation(WebServlet.class).urlPatterns()));
        mapped.add("/");
        Set<String> addresses = Arrays.stream(PublicPage.values()).map(PublicPage::address)
                .collect(Collectors.toCollection(TreeSet::new));
        addresses.removeAll(mapped);
        assertEquals(Set.of(), addresses, "public pages that no route serves");
    }

    @Test
    void everyPublicPageHasItsViewAndOneAddress() {
        for (PublicPage page : PublicPage.values()) {
            assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + page.view())), page.view());
            assertTrue(!page.address().endsWith(".xhtml"), page.address());
        }
        assertEquals(PublicPage.values().length, Arrays.stream(PublicPage.values()).map(PublicPage::address).distinct().count());
        assertEquals(PublicPage.values().length, Arrays.stream(PublicPage.values()).map(PublicPage::view).distinct().count());
    }

    @Test
    void linksAndRedirectsToAPublicPageNameItsCleanAddress() {
        assertEquals("/opendata", CleanAddresses.clean("", "/opendata.xhtml"));
        assertEquals("/", CleanAddresses.clean("", "/index.xhtml"));
        assertEquals("/civitas/signin?oidc=state", CleanAddresses.clean("/civitas", "/civitas/signin.xhtml?oidc=state"));
        assertEquals("/reset?token=a&what=b", CleanAddresses.clean("", "/reset.xhtml?token=a&what=b"));
        assertEquals("/proposals#list", CleanAddresses.clean("", "/proposal/list.xhtml#list"));
    }

    @Test
    void otherAddressesAreLeftAsFacesMadeThem() {
        for (String url : List.of("/account/index.xhtml", "/admin/legal.xhtml?jakarta.faces.Token=x",
                "/proposal/view.xhtml?id=4", "/opendata.xhtml.bak", "/other/opendata.xhtml", "https://elsewhere/index.xhtml")) {
            assertEquals(url, CleanAddresses.clean("", url));
        }
        assertEquals("/ctx/legal.xhtml", CleanAddresses.clean("/civitas", "/ctx/legal.xhtml"));
    }
}
