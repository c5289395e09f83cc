package id.go.spbe.gateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.go.spbe.gateway");

    @Test
    void featurePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("id.go.spbe.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }

    @Test
    void problemRenderingDependsOnNoFeature() {
        noClasses().that().resideInAPackage("..gateway.problem..")
                .should().dependOnClassesThat().resideInAnyPackage("..gateway.routing..", "..gateway.security..",
                        "..gateway.ratelimit..", "..gateway.resilience..", "..gateway.catalogue..", "..gateway.web..")
                .check(GATEWAY);
    }

    @Test
    void onlyRoutingAndTheCatalogueKnowTheRoutingTable() {
        noClasses().that().resideOutsideOfPackages("..gateway.routing..", "..gateway.catalogue..")
                .should().dependOnClassesThat().resideInAPackage("..gateway.routing..")
                .check(GATEWAY);
    }
}
