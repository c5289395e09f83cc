package id.go.spbe.datacenter.review;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.platform.test.http.TestHttp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D5: a frozen year stays readable when the internal records it was written from change later. The snapshot stored
 * here is written as an older (or newer) version of the code would have: it carries fields the records no longer
 * have (ignored) and lacks fields they gained (read as 0 / none) — JSON, CSV and PDF of that year still answer.
 */
@DatacenterIntegrationTest
class UsageReviewSnapshotCompatibilityTest {

    static final int YEAR = 2007;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSnapshotWithAnUnknownAndAMissingFieldIsStillTheFrozenYear_D5() throws Exception {
        String stored;
        try (InputStream in = getClass().getResourceAsStream("/review/snapshot-2007-older-format.json")) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Instant frozenAt = Instant.parse("2008-01-01T00:00:05Z");
        mongo.save(new Document("_id", YEAR).append("frozenAt", Date.from(frozenAt)).append("frozenBy", "system")
                .append("automatic", true).append("review", stored).append("version", 0L),
                "usage_review_snapshots");
        TestHttp http = TestHttp.onPort(port);

        TestHttp.Reply reply = http.get("/api/v1/usage-reviews?year=" + YEAR).auth(admin()).send();
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode review = reply.json();
        assertThat(review.get("frozenAt").asString()).isEqualTo(frozenAt.toString());
        JsonNode dinkes = review.get("opds").get(0);
        assertThat(dinkes.get("vps").get("vcpu").asLong()).as("known fields kept").isEqualTo(8);
        assertThat(dinkes.get("vps").has("gpuCount")).as("an unknown field is dropped").isFalse();
        assertThat(dinkes.get("colocation").get("reservations").asInt()).as("a missing section reads as none")
                .isZero();
        assertThat(dinkes.get("uptime").get("monitorsWithoutData").asInt()).as("a missing number reads as 0").isZero();
        assertThat(dinkes.get("uptime").get("uptimePercent").decimalValue()).isEqualByComparingTo("99.900");
        assertThat(review.get("totals").get("backups").get("runsSucceeded").asInt()).isEqualTo(300);

        String csv = http.get("/api/v1/usage-reviews/export.csv?year=" + YEAR).auth(admin()).send().text();
        assertThat(csv.lines().filter(l -> l.startsWith(YEAR + ",DINKES,")).findFirst()).isPresent();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/usage-reviews/report.pdf?year=" + YEAR))
                .header("Authorization", admin()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Tinjauan Tahunan Penggunaan Layanan Pusat Data Tahun " + YEAR)
                    .contains("Tinjauan ini dibekukan pada").contains("Dinas Kesehatan");
        }
    }
}
