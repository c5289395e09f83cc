package id.go.spbe.appregistry.document;

import id.go.spbe.appregistry.document.DocumentHttp.Reply;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.documents.TestPki;
import id.go.spbe.platform.documents.TestPki.Identity;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC3 where the shipped profile requires signed documents (Samarinda), issue 7 defect 6: with a configured trust
 * anchor a signature chained to it is accepted as verified, and a self-signed "official" is refused, which without
 * anchors was accepted as verified. (Without anchors the service does not start: DocumentsAutoConfigurationTest.)
 */
@SpbeIntegrationTest
@TestPropertySource(properties = "spbe.profile=samarinda") // read before the profile is loaded, unlike dynamic ones
class SignedDocumentsRequiredIntegrationTest {

    static final Identity ROOT = TestPki.rootCa("Root CA Uji BSrE");
    static final Identity SEKDA = TestPki.signer(TestPki.intermediateCa(ROOT, "OSD Uji BSrE"), "Sekretaris Daerah");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void samarindaWithATestAnchor(DynamicPropertyRegistry registry) {
        try {
            Path anchor = Files.createTempFile("bsre-uji-", ".pem");
            Files.writeString(anchor, TestPki.pem(ROOT.certificate()));
            anchor.toFile().deleteOnExit();
            registry.add("spbe.documents.trust-anchors", () -> "file:" + anchor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void defect6OnlyASignatureChainedToAConfiguredAnchorIsVerified() {
        DocumentHttp http = new DocumentHttp(port);
        String appId = http.register(operator("DINKES"), "SIMPEG " + UUID.randomUUID());
        Instant signedAt = Instant.now().minus(Duration.ofHours(1));

        Reply selfSigned = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "spek.pdf",
                "application/pdf", TestPdfs.signed(TestPdfs.unsigned("SPEK"), TestPki.selfSigned("Sekretaris Daerah"),
                        signedAt));
        assertThat(selfSigned.status()).as(selfSigned.toString()).isEqualTo(422);
        assertThat(selfSigned.json().get("obligation").asString()).isEqualTo("SEC3");
        assertThat(selfSigned.json().get("detail").asString()).contains("tidak berujung");

        Reply unsigned = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "spek.pdf",
                "application/pdf", TestPdfs.unsigned("SPEK"));
        assertThat(unsigned.status()).as(unsigned.toString()).isEqualTo(422);

        Reply chained = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "spek.pdf", "application/pdf",
                TestPdfs.signed(TestPdfs.unsigned("SPEK"), SEKDA, signedAt));
        assertThat(chained.status()).as(chained.toString()).isEqualTo(201);
        assertThat(chained.json().get("signatureCheck").get("status").asString()).isEqualTo("TRUSTED");
        assertThat(chained.json().get("document").get("signature").get("trust").asString()).isEqualTo("TRUSTED");
    }
}
