package org.civitas.demo;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo town is valid by the portal's own rules, so that a fresh portal always starts with it (a demo
 * proposal that failed validation would only leave a line in the log).
 */
@ExtendWith(Portal.class)
class DemoDataIT {

    private final URL base = Portal.base();

    @Test
    void everyDemoProposalPassesValidationAndNamesAnExistingThemeAndDistrict() throws Exception {
        HttpResponse<String> problems = new PortalClient(base.toURI()).get("api/test-fixtures/demo-problems");
        assertEquals(200, problems.statusCode(), problems.body());
        assertEquals("[]", problems.body().strip());
    }

    @Test
    void theTestDatabaseHasTheDemoTaxonomy() throws Exception {
        // The test server starts with demo data on, so themes and districts exist for the other tests.
        PortalClient visitor = new PortalClient(base.toURI());
        assertTrue(visitor.get("api/opendata/v1/themes.csv").body().contains("mobilite"));
        assertTrue(visitor.get("api/opendata/v1/districts.csv").body().contains("gare"));
    }
}
