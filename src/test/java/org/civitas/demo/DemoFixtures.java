package org.civitas.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.civitas.proposals.DistrictDraft;
import org.civitas.proposals.ThemeDraft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test-only: the demo town checked by the portal's own rules inside the server (its Bean Validation), so that a demo
 * proposal that fails validation is a failing test rather than a line in the log. Only in the WAR the integration
 * tests run.
 */
@ApplicationScoped
public class DemoFixtures {

    @Inject
    private Validator validator;

    /** Every way the demo data breaks the rules: a violated constraint, or a theme or district that does not exist. */
    public List<String> problems() {
        Set<String> themes = DemoData.themes().stream().map(ThemeDraft::code).collect(Collectors.toSet());
        Set<String> districts = DemoData.districts().stream().map(DistrictDraft::code).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        DemoData.proposals().forEach(draft -> {
            validator.validate(draft).forEach(v -> problems.add(describe(draft.title(), v)));
            if (!themes.contains(draft.themeCode())) {
                problems.add(draft.title() + ": no theme " + draft.themeCode());
            }
            if (draft.districtCode() != null && !districts.contains(draft.districtCode())) {
                problems.add(draft.title() + ": no district " + draft.districtCode());
            }
        });
        Stream.concat(DemoData.themes().stream().flatMap(t -> validator.validate(t).stream().map(v -> describe(t.code(), v))),
                DemoData.districts().stream().flatMap(d -> validator.validate(d).stream().map(v -> describe(d.code(), v))))
                .forEach(problems::add);
        return problems;
    }

    private static String describe(String what, ConstraintViolation<?> violation) {
        return what + ": " + violation.getPropertyPath() + " " + violation.getMessage();
    }
}
