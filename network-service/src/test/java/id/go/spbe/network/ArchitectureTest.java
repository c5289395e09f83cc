package id.go.spbe.network;

import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.arch.SpbeArchitecture;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    @Test
    void networkKeepsThePlatformArchitectureRules() {
        SpbeArchitecture.verify("id.go.spbe.network");
    }

    /** Every integration test shares one context with the movable clock: one without it would start a second one. */
    @Test
    void everyIntegrationTestSharesTheContextWithTheMovableClock() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpbeIntegrationTest.class));
        List<String> integrationTests = scanner.findCandidateComponents("id.go.spbe.network").stream()
                .map(BeanDefinition::getBeanClassName).toList();
        assertThat(integrationTests).hasSizeGreaterThan(20);
        for (String name : integrationTests) {
            Import imports = Class.forName(name).getAnnotation(Import.class);
            assertThat(imports == null ? List.of() : Arrays.asList(imports.value())).as(name)
                    .containsExactly(MutableClock.Configuration.class);
        }
    }
}
