package id.go.spbe.platform.documents;

import id.go.spbe.platform.documents.TestPki.Identity;
import id.go.spbe.platform.documents.signature.PdfSignatureVerifier;
import id.go.spbe.platform.profile.SpbeEnvironmentPostProcessor;
import id.go.spbe.platform.test.infra.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC3 start-up rules (issue 7 defect 6): where the shipped regulation profile requires signed documents (Samarinda,
 * Manggarai Barat) the service does not start without trust anchors, and the failure names the setting.
 */
class DocumentsAutoConfigurationTest {

    @TempDir
    Path dir;

    ApplicationContextRunner runner(String profile) {
        return new ApplicationContextRunner()
                .withInitializer(context -> {
                    context.getEnvironment().getPropertySources().addFirst(new org.springframework.core.env
                            .MapPropertySource("regionUnderTest", java.util.Map.of("spbe.profile", profile)));
                    new SpbeEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(),
                            new SpringApplication());
                })
                .withPropertyValues("spring.mongodb.uri=" + TestInfrastructure.mongoUri("documents_autoconfig"))
                .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
                        DataMongoAutoConfiguration.class, DocumentsAutoConfiguration.class));
    }

    @Test
    void defect6ProfileSamarindaWithoutTrustAnchorsDoesNotStartAndNamesTheSetting() {
        for (String profile : new String[] {"samarinda", "manggarai-barat"}) {
            runner(profile).run(context -> {
                assertThat(context).hasFailed();
                Throwable failure = context.getStartupFailure();
                MissingTrustAnchorsException cause = rootCause(failure);
                assertThat(cause.getMessage()).contains("spbe.documents.trust-anchors").contains(profile);
                FailureAnalysis analysis = new MissingTrustAnchorsFailureAnalyzer().analyze(failure);
                assertThat(analysis.getDescription()).contains("spbe.documents.trust-anchors");
                assertThat(analysis.getAction()).contains("SPBE_DOCUMENTS_TRUST_ANCHORS");
            });
        }
    }

    @Test
    void defect6ProfileSamarindaWithATrustAnchorStartsAndRequiresVerifiedSignatures() throws IOException {
        Identity root = TestPki.rootCa("Root CA Uji BSrE");
        Path anchor = Files.writeString(dir.resolve("root.pem"), TestPki.pem(root.certificate()));
        runner("samarinda").withPropertyValues("spbe.documents.trust-anchors=file:" + anchor).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(PdfSignatureVerifier.class).decidesTrust()).isTrue();
            assertThat(context.getBean(DocumentInspector.class).signaturesRequired()).isTrue();
            assertThat(context).hasSingleBean(DocumentStore.class);
        });
    }

    @Test
    void profilesWithoutTheRequirementStartWithoutAnchors() {
        runner("rejang-lebong").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DocumentInspector.class).signaturesRequired()).isFalse();
        });
        // An explicit setting wins over the profile.
        runner("samarinda").withPropertyValues("spbe.documents.signatures-required=false")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void kindsComeFromConfigurationWhenTheServiceDeclaresNone() {
        runner("rejang-lebong").withPropertyValues("spbe.documents.kinds.LAN_DIAGRAM=application/pdf,image/png")
                .run(context -> {
                    DocumentKinds kinds = context.getBean(DocumentKinds.class);
                    assertThat(kinds.accepts("LAN_DIAGRAM", "image/png")).isTrue();
                    assertThat(kinds.accepts("LAN_DIAGRAM", "text/html")).isFalse();
                });
    }

    @Test
    void theStartUpCheckAndItsExplanationAreRegisteredWithBoot() {
        assertThat(new String(read("/META-INF/spring.factories")).replace("\\\n", ""))
                .contains("FailureAnalyzer=id.go.spbe.platform.documents.MissingTrustAnchorsFailureAnalyzer");
        assertThat(new String(read("/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")))
                .contains(DocumentsAutoConfiguration.class.getName());
    }

    /** Every copy of {@code resource} on the class path, concatenated (the starter has its own spring.factories). */
    private static byte[] read(String resource) {
        try {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (var url : java.util.Collections.list(DocumentsAutoConfiguration.class.getClassLoader()
                    .getResources(resource.substring(1)))) {
                try (var in = url.openStream()) {
                    all.writeBytes(in.readAllBytes());
                    all.writeBytes("\n".getBytes());
                }
            }
            return all.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MissingTrustAnchorsException rootCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingTrustAnchorsException missing) {
                return missing;
            }
        }
        throw new AssertionError("no MissingTrustAnchorsException in " + failure);
    }
}
