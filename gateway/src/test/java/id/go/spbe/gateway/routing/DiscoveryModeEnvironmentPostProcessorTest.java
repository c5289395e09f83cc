package id.go.spbe.gateway.routing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The registry-free mode production uses (issue 7, defect 1); the integration tests all run in it. */
class DiscoveryModeEnvironmentPostProcessorTest {

    private final DiscoveryModeEnvironmentPostProcessor processor = new DiscoveryModeEnvironmentPostProcessor();

    @Test
    void theStaticModeSwitchesTheRegistryClientOffWhateverElseIsConfigured() {
        MockEnvironment environment = new MockEnvironment().withProperty("spbe.gateway.discovery", "static")
                .withProperty("eureka.client.enabled", "true");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("eureka.client.enabled")).isEqualTo("false");
    }

    @Test
    void theRegistryModeIsTheDefaultAndAnUnknownModeStopsTheStart() {
        MockEnvironment environment = new MockEnvironment();
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("eureka.client.enabled")).isNull();

        assertThatIllegalStateException().isThrownBy(() -> processor.postProcessEnvironment(
                new MockEnvironment().withProperty("spbe.gateway.discovery", "kubernetes"), new SpringApplication()))
                .withMessageContaining("spbe.gateway.discovery");
    }
}
