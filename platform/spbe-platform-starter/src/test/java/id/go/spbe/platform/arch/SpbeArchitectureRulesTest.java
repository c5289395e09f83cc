package id.go.spbe.platform.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.go.spbe.platform.test.arch.SpbeArchitecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules every service's ArchitectureTest runs can fail (issue 7, seam "OPD scope and role names in
 * one place"): fixtures that break them are caught, fixtures that keep them pass.
 */
class SpbeArchitectureRulesTest {

    static List<String> violatedRules(String basePackage) {
        JavaClasses classes = new ClassFileImporter().importPackages(basePackage);
        return SpbeArchitecture.rules(basePackage).stream()
                .filter(rule -> rule.evaluate(classes).hasViolation())
                .map(ArchRule::getDescription)
                .collect(Collectors.toList());
    }

    @Test
    void aRepositoryUsedByAnotherFeatureAServiceAdviceAndMisspeltRolesAreViolations() {
        String base = "id.go.spbe.platform.archfixture.bad";
        assertThat(violatedRules(base)).anyMatch(d -> d.contains("repository is used only inside its own feature"))
                .anyMatch(d -> d.contains("one @RestControllerAdvice"))
                .anyMatch(d -> d.contains("endpoints require only roles"));
        JavaClasses classes = new ClassFileImporter().importPackages(base);
        String roleViolations = SpbeArchitecture.rules(base).stream()
                .filter(rule -> rule.getDescription().contains("endpoints require only roles"))
                .map(rule -> rule.evaluate(classes)).map(EvaluationResult::getFailureReport)
                .map(Object::toString).collect(Collectors.joining("\n"));
        assertThat(roleViolations).contains("DINAS_ADMN").contains("AUDITR").doesNotContain("'DINAS_ADMIN'");
    }

    @Test
    void roleNamesSpeltAsLiteralsInSourcesAreFoundButProseMentioningARoleIsNot(@TempDir Path sources)
            throws IOException {
        Path feature = Files.createDirectories(sources.resolve("id/go/spbe/x/feature"));
        Files.writeString(feature.resolve("Register.java"), """
                class Register {
                    boolean dinas(Caller caller) {
                        return caller.hasRole("DINAS_ADMIN");
                    }
                }
                """);
        Files.writeString(feature.resolve("Controller.java"), """
                class Controller {
                    @PreAuthorize("hasAnyRole('AUDITOR')")
                    @Operation(description = "DINAS_ADMIN allocates at once; an operator requests")
                    void history() {
                    }
                    @RolesAllowed(Roles.DINAS_ADMIN)
                    void allocate() {
                    }
                }
                """);
        assertThat(SpbeArchitecture.roleLiterals(sources)).hasSize(2)
                .anyMatch(line -> line.contains("Register.java:3"))
                .anyMatch(line -> line.contains("Controller.java:2"));
    }

    @Test
    void featuresGoingThroughEachOthersPublicClassesWithKnownRolesKeepTheRules() {
        assertThat(violatedRules("id.go.spbe.platform.archfixture.good")).isEmpty();
    }
}
