package org.civitas.demo;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import org.civitas.proposals.District;
import org.civitas.proposals.ProposalDraft;
import org.civitas.proposals.TaxonomyService;
import org.civitas.proposals.Theme;
import org.civitas.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo town is valid by the portal's own rules, so that a fresh portal always starts with it (a demo
 * proposal that failed validation would only leave a line in the log).
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer("civitas-demo-it", DemoDataIT.class);
    }

    @Inject
    private Validator validator;

    @Inject
    private TaxonomyService taxonomy;

    @Test
    void everyDemoProposalPassesValidationAndNamesAnExistingThemeAndDistrict() {
        Set<String> themes = DemoData.themes().stream().map(Theme::getCode).collect(Collectors.toSet());
        Set<String> districts = DemoData.districts().stream().map(District::getCode).collect(Collectors.toSet());
        for (ProposalDraft draft : DemoData.proposals()) {
            assertEquals(Set.of(), validator.validate(draft), draft.title());
            assertTrue(themes.contains(draft.themeCode()), draft.themeCode());
            assertTrue(draft.districtCode() == null || districts.contains(draft.districtCode()), draft.districtCode());
        }
        DemoData.themes().forEach(t -> assertEquals(Set.of(), validator.validate(t), t.getCode()));
        DemoData.districts().forEach(d -> assertEquals(Set.of(), validator.validate(d), d.getCode()));
    }

    @Test
    void theTestDatabaseHasTheDemoTaxonomy() {
        // The failsafe run starts with demo data on, so themes and districts exist for the other tests.
        assertTrue(taxonomy.themes().stream().anyMatch(t -> t.getCode().equals("mobilite")));
        assertTrue(taxonomy.districts().stream().anyMatch(d -> d.getCode().equals("gare")));
    }
}
