package org.civitas.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.civitas.accounts.Registration;
import org.civitas.comments.CommentText;
import org.civitas.demo.DemoStory.Talk;
import org.civitas.proposals.DistrictDraft;
import org.civitas.proposals.ThemeDraft;
import org.civitas.review.AnswerForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test-only: the demo town checked by the portal's own rules inside the server (its Bean Validation), so that a demo
 * text that fails validation is a failing test rather than a line in the log; and the demo's loading tried again on
 * the test database, which has accounts. Only in the WAR the integration tests run.
 */
@ApplicationScoped
public class DemoFixtures {

    @Inject
    private Validator validator;

    @Inject
    private DemoTown town;

    /** Every way the demo data breaks the rules: a violated constraint, or a theme or district that does not exist. */
    public List<String> problems() {
        Set<String> themes = DemoStory.themes().stream().map(ThemeDraft::code).collect(Collectors.toSet());
        Set<String> districts = DemoStory.districts().stream().map(DistrictDraft::code).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        DemoStory.ideas().forEach(idea -> {
            String title = idea.draft().title();
            check(title, idea.draft(), problems);
            if (!themes.contains(idea.draft().themeCode())) {
                problems.add(title + ": no theme " + idea.draft().themeCode());
            }
            if (idea.draft().districtCode() != null && !districts.contains(idea.draft().districtCode())) {
                problems.add(title + ": no district " + idea.draft().districtCode());
            }
            idea.answers().forEach(a -> check(title, new AnswerForm(a.decision(), a.body(), a.cost(), null), problems));
            idea.thread().forEach(talk -> checkThread(title, talk, problems));
        });
        DemoStory.people().forEach(p -> check(p.email(), new Registration(p.name(), p.email(), DemoData.PASSWORD,
                p.locale()), problems));
        DemoStory.themes().forEach(t -> check(t.code(), t, problems));
        DemoStory.districts().forEach(d -> check(d.code(), d, problems));
        return problems;
    }

    private void checkThread(String title, Talk talk, List<String> problems) {
        check(title + " / " + talk.author(), new CommentText(talk.body()), problems);
        talk.replies().forEach(reply -> checkThread(title, reply, problems));
    }

    private void check(String what, Object value, List<String> problems) {
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            problems.add(what + ": " + v.getPropertyPath() + " " + v.getMessage());
        }
    }

    /** Tries the demo's loading again, as a start-up does; whether it seeded anything. */
    public boolean loadAgain() {
        return town.loadIfEmpty().isPresent();
    }
}
