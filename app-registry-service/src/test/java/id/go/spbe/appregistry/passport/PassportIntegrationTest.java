package id.go.spbe.appregistry.passport;

import id.go.spbe.appregistry.document.DocumentHttpAccess;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application passport through HTTP (the example of the reports seam): the same access as reading the application
 * (owner, Dinas and region-wide readers 200; another OPD 404), a PDF whose text names the application, its owner and
 * its documents with their SHA-256.
 */
@SpbeIntegrationTest
class PassportIntegrationTest {

    @LocalServerPort
    int port;

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePassportIsAPdfForThoseWhoMayReadTheApplicationAnd404ForAnotherOpd() throws IOException {
        DocumentHttpAccess http = new DocumentHttpAccess(port);
        String name = "SIMPUS Paspor " + UUID.randomUUID().toString().substring(0, 8);
        String appId = http.register(operator("DINKES"), name);
        String sha256 = http.uploadAndGetSha256(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "Spesifikasi.pdf",
                TestPdfs.unsigned("SPESIFIKASI SIMPUS"));
        String portal = http.register(operator("DINKES"), "Portal Kesehatan " + UUID.randomUUID().toString()
                .substring(0, 8));
        DocumentHttpAccess.Reply integration = http.postJson("/api/v1/integrations", operator("DINKES"), Map.of(
                "providerApplicationId", appId, "consumerApplicationId", portal, "kind", "API",
                "purpose", "Jadwal layanan puskesmas untuk portal"));
        assertThat(integration.status()).as(integration.toString()).isEqualTo(201);
        String path = "/api/v1/applications/" + appId + "/passport.pdf";

        for (String token : List.of(operator("DINKES"), admin(), auditor())) {
            DocumentHttpAccess.Reply reply = http.get(path, token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(reply.header("Cache-Control")).contains("no-store");
            String text = text(reply.body());
            assertThat(text).contains(name).contains("Dinas Kesehatan (DINKES)").contains("KHUSUS")
                    .contains("DRAFT").contains("Spesifikasi.pdf").contains(sha256.substring(0, 16))
                    .contains("tidak").contains("Riwayat perubahan")
                    .contains("Kabupaten Rejang Lebong").contains("menyediakan untuk")
                    .contains("Portal Kesehatan");
        }

        DocumentHttpAccess.Reply other = http.get(path, operator("DISDIK"));
        assertThat(other.status()).as(other.toString()).isEqualTo(404);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/applications/tidak-ada/passport.pdf", admin()).status()).isEqualTo(404);
        assertThat(http.get(path, null).status()).isEqualTo(401);
    }
}
