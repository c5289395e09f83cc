package id.go.spbe.platform.test.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every SPBE service keeps (CODE-STYLE.md §3), run by one test per service:
 * domain code is free of web, persistence adapters and messaging; controllers go through the feature's application
 * service, never straight to a repository; features do not depend on each other in cycles.
 */
public final class SpbeArchitecture {

    private SpbeArchitecture() {
    }

    public static List<ArchRule> rules(String basePackage) {
        return List.of(
                noClasses().that().resideInAPackage(basePackage + "..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                basePackage + "..web..", basePackage + "..persistence..",
                                basePackage + "..messaging..", "org.springframework.web..",
                                "org.springframework.kafka..", "org.apache.kafka..", "jakarta.servlet..")
                        .as("domain code does not depend on web, persistence adapters or messaging")
                        .allowEmptyShould(true),
                noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                        .should().dependOnClassesThat()
                        .areAssignableTo(org.springframework.data.repository.Repository.class)
                        .as("controllers do not call repositories")
                        .allowEmptyShould(true),
                slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                        .as("features of " + basePackage + " are free of cycles")
                        .allowEmptyShould(true));
    }

    /** Checks all rules against the production classes under {@code basePackage}. */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        for (ArchRule rule : rules(basePackage)) {
            rule.check(classes);
        }
    }
}
