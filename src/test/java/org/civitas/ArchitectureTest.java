package org.civitas;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import org.civitas.accounts.AccountService;
import org.civitas.platform.BusinessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The architecture's rules (docs/architecture.md), checked on the compiled classes so that they hold as the portal
 * grows: features are packages {@code org.civitas.<feature>} with their {@code web} and {@code rest} layers inside,
 * reacting to each other through events and services, without cycles.
 */
class ArchitectureTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importThePortal() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civitas");
        assertTrue(portal.size() > 150, "the portal's classes were imported: " + portal.size());
    }

    /** The feature a class belongs to: the package right under org.civitas. */
    private static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.civitas.")) {
            return "";
        }
        String rest = name.substring("org.civitas.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching("org.civitas.(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void aFeaturesRootNeverImportsItsPagesItsApiOrTheirFrameworks() {
        ArchRule rule = noClasses().that().resideInAnyPackage(rootsOfFeatures())
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..rest..", "jakarta.faces..",
                        "org.primefaces..", "jakarta.ws.rs..")
                .because("a feature's rules and services serve pages and the API alike (STYLE.md)");
        rule.check(portal);
    }

    @Test
    void platformImportsNoFeature() {
        noClasses().that().resideInAPackage("org.civitas.platform..")
                .should().dependOnClassesThat(new DescribedPredicate<>("belong to a feature") {
                    @Override
                    public boolean test(JavaClass type) {
                        return type.getPackageName().startsWith("org.civitas.") && !"platform".equals(feature(type));
                    }
                }).check(portal);
    }

    @Test
    void noFeatureWritesAnotherFeaturesEntities() {
        classes().should(new ArchCondition<>("only read the entities of other features, never build or change them") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    if (!owner.isAnnotatedWith(Entity.class) || feature(owner).equals(feature(type))
                            || "platform".equals(feature(owner))) {
                        continue;
                    }
                    // A query answers something; a command (void), a constructor or a field written changes state.
                    boolean writes = access instanceof JavaConstructorCall
                            || (access instanceof JavaFieldAccess field && field.getAccessType() == JavaFieldAccess.AccessType.SET)
                            || (access instanceof JavaMethodCall call && call.getTarget().getRawReturnType().getName().equals("void"));
                    if (writes) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        }).check(portal);
    }

    @Test
    void pagesAndTheApiHoldNoEntityManagerAndNoTransaction() {
        noClasses().that().resideInAnyPackage("..web..", "..rest..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .because("services are the transaction boundary")
                .check(portal);
    }

    /**
     * A seeder acts for whichever account it is given, with no signed-in caller (the demo town at start-up): only the
     * demo calls one, never a page, the API or another feature.
     */
    @Test
    void onlyTheDemoTownCallsTheSeeders() {
        noClasses().that().resideOutsideOfPackage("org.civitas.demo..").and().haveSimpleNameNotEndingWith("Seeder")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Seeder")
                .orShould().callMethod(AccountService.class, "registerWithRoles", List.class)
                .because("a seeder acts for any account it is given")
                .check(portal);
    }

    /**
     * Views hold no try/catch for business failures: one exception handler turns them into messages. The one
     * exception says why in its javadoc (saving then publishing, a proposal or a budget's idea, or attaching the photo
     * chosen with a new proposal: the saved draft's page tells a refused publication or photo).
     */
    @Test
    void viewsLeaveBusinessFailuresToTheExceptionHandler() {
        Set<String> allowed = Set.of("org.civitas.proposals.web.EditProposalView.saveAndPublish",
                "org.civitas.proposals.web.EditProposalView.attachNewPhoto",
                "org.civitas.budgets.web.IdeaFormView.saveAndPublish");
        List<String> catching = new ArrayList<>();
        for (JavaClass type : portal) {
            if (!type.getPackageName().endsWith(".web")) {
                continue;
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                    boolean business = block.getCaughtThrowables().stream()
                            .anyMatch(caught -> caught.isAssignableTo(BusinessException.class));
                    String where = type.getName() + "." + unit.getName();
                    if (business && !allowed.contains(where)) {
                        catching.add(where);
                    }
                }
            }
        }
        assertEquals(List.of(), catching);
    }

    /**
     * HTTP endpoints are Jakarta REST resources or Facelets pages; a servlet or a filter only where neither can do
     * the job, each saying why in its javadoc. This list is the portal's: adding one means saying why here too.
     */
    @Test
    void servletsAndFiltersAreTheFewThatMustBe() {
        Set<String> allowed = Set.of(
                // Readable addresses forwarded to Faces views and resources; servlets, because Liberty signs the caller
                // in only for requests a servlet serves
                "org.civitas.proposals.web.ProposalRoutes",
                "org.civitas.platform.web.PublicRoutes",
                // Security headers, the language cookie and oversized uploads are decided before any servlet runs;
                // posts Faces cannot read fail before any page or exception handler can answer them
                "org.civitas.platform.web.SecurityHeadersFilter",
                "org.civitas.platform.web.LocaleFilter",
                "org.civitas.platform.web.FacesPostFilter",
                // Counts an arrival from a shared link on any page, before Faces renders it
                "org.civitas.sharing.web.ArrivalFilter",
                // A visitor's page kept and served again must cost no Faces lifecycle at all
                "org.civitas.platform.web.PageCacheFilter");
        List<String> found = portal.stream()
                .filter(type -> type.isAssignableTo(HttpServlet.class) || type.isAssignableTo(Filter.class))
                .filter(type -> !type.isInterface())
                .map(JavaClass::getName).filter(name -> !allowed.contains(name)).sorted().toList();
        assertEquals(List.of(), found);
    }

    /** An import is written as an import: a fully qualified class name in code hides a dependency from its reader. */
    @Test
    void noFullyQualifiedClassNameStandsInForAnImport() throws IOException {
        Pattern qualified = Pattern.compile("\\b(?:org\\.civitas|jakarta|javax|java|org\\.eclipse|org\\.primefaces"
                + "|org\\.openqa|org\\.junit|com\\.icegreen|com\\.github)(?:\\.[a-z][a-z0-9]*)+\\.[A-Z]\\w*");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*")
                            || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*$", "");
                    Matcher m = qualified.matcher(code);
                    if (m.find()) {
                        found.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static String[] rootsOfFeatures() {
        return portal.stream().map(JavaClass::getPackageName)
                .filter(name -> name.matches("org\\.civitas\\.[a-z]+")).distinct().toArray(String[]::new);
    }
}
