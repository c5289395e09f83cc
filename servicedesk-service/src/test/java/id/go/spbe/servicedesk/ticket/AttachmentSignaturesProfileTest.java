package id.go.spbe.servicedesk.ticket;

import id.go.spbe.platform.documents.DocumentInspector;
import id.go.spbe.platform.documents.DocumentStore;
import id.go.spbe.platform.documents.DocumentsAutoConfiguration;
import id.go.spbe.platform.profile.SpbeEnvironmentPostProcessor;
import id.go.spbe.platform.test.infra.TestInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC3 where the regions differ, with the shipped profiles and this service's own application.yml: Samarinda and
 * Manggarai Barat require signed documents between OPD, but a ticket attachment (a screenshot, a log) is evidence,
 * not such a document, so the service desk starts there without trust anchors and takes unsigned attachments.
 */
class AttachmentSignaturesProfileTest {

    ApplicationContextRunner runner(String profile) {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    var sources = context.getEnvironment().getPropertySources();
                    sources.addFirst(new MapPropertySource("regionUnderTest", Map.of("spbe.profile", profile)));
                    try {
                        new YamlPropertySourceLoader().load("servicedesk", new ClassPathResource("application.yml"))
                                .forEach(sources::addLast);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    new SpbeEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(),
                            new SpringApplication());
                })
                .withPropertyValues("spring.mongodb.uri=" + TestInfrastructure.mongoUri("servicedesk_attachments"))
                .withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration.class,
                        org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration.class,
                        DocumentsAutoConfiguration.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"samarinda", "manggarai-barat", "rejang-lebong"})
    void theDeskStartsWithoutTrustAnchorsAndTakesUnsignedAttachments_SEC3(String profile) {
        runner(profile).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(DocumentStore.class);
            assertThat(context.getBean(DocumentInspector.class).signaturesRequired()).isFalse();
        });
    }
}
