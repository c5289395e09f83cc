package id.go.spbe.platform.discovery;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, defect 1: registry clients present credentials from configuration. */
class RegistryCredentialsEnvironmentPostProcessorTest {

    private final RegistryCredentialsEnvironmentPostProcessor processor =
            new RegistryCredentialsEnvironmentPostProcessor();

    @Test
    void theConfiguredCredentialsArePutIntoEveryServiceUrlPercentEncoded() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("eureka.client.service-url.defaultZone",
                        "http://10.0.0.7:8761/eureka/, http://10.0.0.8:8761/eureka/")
                .withProperty("EUREKA_USERNAME", "gateway")
                .withProperty("EUREKA_PASSWORD", "p@ss:w/rd");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("eureka.client.service-url.defaultZone")).isEqualTo(
                "http://gateway:p%40ss%3Aw%2Frd@10.0.0.7:8761/eureka/,http://gateway:p%40ss%3Aw%2Frd@10.0.0.8:8761/eureka/");
    }

    @Test
    void withoutSettingsTheDevelopmentAccountIsUsedAndAUrlWithItsOwnUserinfoIsKept() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("eureka.client.service-url.defaultZone", "http://127.0.0.1:8761/eureka/");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("eureka.client.service-url.defaultZone"))
                .isEqualTo("http://spbe-registry:dev-only-registry-password@127.0.0.1:8761/eureka/");
        assertThat(environment.getProperty("spbe.registry.registration-secret"))
                .isEqualTo(RegistryClientDefaults.DEV_REGISTRATION_SECRET);

        assertThat(RegistryCredentialsEnvironmentPostProcessor.withCredentials("http://me:mine@registry/eureka/",
                "other", "secret")).isEqualTo("http://me:mine@registry/eureka/");
    }

    @Test
    void theUrlLoggedCarriesNoCredentials() {
        assertThat(RegistryCredentialsEnvironmentPostProcessor.withoutCredentials(
                "http://u:p%40ss@10.0.0.7:8761/eureka/,http://u:x@h:1/eureka/"))
                .isEqualTo("http://10.0.0.7:8761/eureka/,http://h:1/eureka/");
    }
}
