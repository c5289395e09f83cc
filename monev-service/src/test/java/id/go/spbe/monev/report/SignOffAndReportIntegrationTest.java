package id.go.spbe.monev.report;

import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.EVALUATIONS_TOPIC;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.coordinator;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.event;
import static id.go.spbe.monev.MonevTestSupport.open;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static id.go.spbe.monev.MonevTestSupport.proposeAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * G2 and M2 through HTTP in Kota Bitung's profile: the coordinator signs off a final result (return with a reason
 * reopens the last evaluator stage; approval publishes it with EvaluationPublished), and the report PDF is addressed
 * to the Wali Kota through the Tim Koordinasi's chair (BT p48(4)), marked as a draft until approved.
 */
@SpbeIntegrationTest
class SignOffAndReportIntegrationTest {

    static final String PREVIOUS = "2060-" + SPBE;
    static final String CURRENT = "2061-" + SPBE;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directoryKnowsTheOpds(mongo);
    }

    String path(String id, String rest) {
        return "/api/v1/evaluations/" + id + rest;
    }

    /** The PDF's text with line breaks of table cells and paragraphs folded into single spaces. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    TestHttp.Reply post(String id, String rest, String token, Object body) {
        TestHttp.Call call = http.post(path(id, rest)).auth(token);
        return (body == null ? call : call.json(body)).send();
    }

    /** Self-assessment with the levels of a published result, then to the interview. */
    void toInterview(int year, String levelsFile) {
        String id = open(http, year, SPBE).get("id").asString();
        proposeAll(http, id, Frameworks.levels(levelsFile));
        assertThat(post(id, "/advance", dinas(), Map.of("to", "PENILAIAN_DOKUMEN")).status()).isEqualTo(200);
        assertThat(post(id, "/advance", evaluator(), Map.of("to", "INTERVIU")).status()).isEqualTo(200);
    }

    /** The PDF as bytes (TestHttp reads text); checks the download headers. */
    byte[] report(String id, String token) {
        try {
            HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path(id, "/report.pdf")))
                    .header("Authorization", token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(reply.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(reply.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                    .contains("laporan-evaluasi-spbe-" + id);
            return reply.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCoordinatorReturnsThenApprovesAndTheReportLosesItsDraftMark_G2_M2() throws IOException {
        toInterview(2060, "parepare-2023.csv");
        assertThat(post(PREVIOUS, "/finalise", evaluator(), null).status()).isEqualTo(200);
        toInterview(2061, "parepare-2024.csv");

        // G2: only the COORDINATOR signs off, and only a final result.
        for (String other : List.of(dinas(), evaluator(), auditor(), operator(BAPPEDA))) {
            assertThat(post(CURRENT, "/approve", other, null).status()).isEqualTo(403);
            assertThat(post(CURRENT, "/return", other, Map.of("reason", "x")).status()).isEqualTo(403);
        }
        assertThat(post(CURRENT, "/approve", coordinator(), null).status()).as("not final yet").isEqualTo(409);
        assertThat(post(CURRENT, "/return", coordinator(), Map.of("reason", "belum final")).status())
                .isEqualTo(409);
        TestHttp.Reply finalised = post(CURRENT, "/finalise", evaluator(), Map.of("note", "Tanpa visitasi"));
        assertThat(finalised.json().get("finalIndex").decimalValue()).as("Parepare 2024 computes to 2.6495")
                .isEqualByComparingTo("2.65");

        // M2: the draft report, addressed per the profile (BT p48(4)), with the figures and the year-over-year change.
        String draft = text(report(CURRENT, coordinator()));
        assertThat(draft).contains("DRAF — belum disahkan").contains("Laporan Hasil Pemantauan dan Evaluasi SPBE")
                .contains("Kepada Yth.").contains("Wali Kota melalui Ketua Tim Koordinasi SPBE")
                .contains("Kota Bitung").contains("Indeks SPBE").contains("2,65").contains("Baik")
                .contains("Indeks per domain").contains("Indeks per aspek").contains("Tingkat per indikator")
                .contains("Perubahan dari tahun sebelumnya").contains("Dibandingkan dengan evaluasi tahun 2060")
                .contains("+0,04").contains("Hasil difinalkan oleh evaluator")
                .contains("DRAF — belum disahkan oleh Tim Koordinasi SPBE");
        for (String reader : List.of(dinas(), evaluator(), auditor())) {
            report(CURRENT, reader);
        }
        assertThat(http.get(path(CURRENT, "/report.pdf")).auth(operator(BAPPEDA)).send().status())
                .as("the report holds every unit's indicators").isEqualTo(403);
        assertThat(http.get(path("2061-tidak-ada", "/report.pdf")).auth(coordinator()).send().status())
                .isEqualTo(404);

        // G2: a return needs a reason and reopens the stage finalising left, here the interview.
        TestHttp.Reply noReason = post(CURRENT, "/return", coordinator(), Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        TestHttp.Reply returned = post(CURRENT, "/return", coordinator(),
                Map.of("reason", "Indikator 23: bukti Perwali Satu Data belum dilampirkan."));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().get("stage").asString()).isEqualTo("INTERVIU");
        assertThat(returned.json().get("finalIndex").isNull()).isTrue();
        assertThat(returned.json().get("returnedBy").asString()).isEqualTo("sekda");
        JsonNode returnedEvent = event(EVALUATIONS_TOPIC, CURRENT, ".evaluation.returned.v1",
                "evaluation-returned.v1", d -> true);
        assertThat(returnedEvent.get("data").get("to").asString()).isEqualTo("INTERVIU");

        TestHttp.Reply adjusted = post(CURRENT, "/indicators/23/adjust", evaluator(),
                Map.of("level", 1, "comment", "Bukti tidak dilampirkan setelah dikembalikan"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(200);
        TestHttp.Reply refinalised = post(CURRENT, "/finalise", evaluator(), null);
        assertThat(refinalised.status()).isEqualTo(200);

        // Approval: If-Match honoured, who and when recorded, EvaluationPublished against its schema.
        TestHttp.Reply stale = http.post(path(CURRENT, "/approve")).auth(coordinator())
                .header("If-Match", finalised.header("ETag")).send();
        assertThat(stale.status()).isEqualTo(412);
        TestHttp.Reply approved = http.post(path(CURRENT, "/approve")).auth(coordinator())
                .header("If-Match", refinalised.header("ETag")).send();
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("published").asBoolean()).isTrue();
        assertThat(approved.json().get("publishedBy").asString()).isEqualTo("sekda");
        // the person, by the token's `name` claim (the username stays the actor of record and of the event)
        assertThat(approved.json().get("publishedByName").asString()).isEqualTo("Ir. Audy Pangemanan");
        assertThat(approved.json().get("publishedFor").asString()).isEqualTo("Tim Koordinasi SPBE");
        JsonNode published = event(EVALUATIONS_TOPIC, CURRENT, ".evaluation.published.v1",
                "evaluation-published.v1", d -> true).get("data");
        assertThat(published.get("approvedBy").asString()).isEqualTo("sekda");
        assertThat(published.get("body").asString()).isEqualTo("Tim Koordinasi SPBE");
        assertThat(published.get("reportTo").asString()).isEqualTo("Wali Kota melalui Ketua Tim Koordinasi SPBE");
        assertThat(published.get("index").decimalValue())
                .isEqualByComparingTo(refinalised.json().get("finalIndex").decimalValue());
        assertThat(post(CURRENT, "/approve", coordinator(), null).status()).as("once").isEqualTo(409);
        assertThat(post(CURRENT, "/return", coordinator(), Map.of("reason", "terlambat")).status()).isEqualTo(409);

        String signed = text(report(CURRENT, dinas()));
        assertThat(signed).doesNotContain("DRAF").contains("Disahkan oleh Ir. Audy Pangemanan atas nama Tim Koordinasi SPBE")
                .contains("Wakil Ketua: Asisten Administrasi Umum").contains("Disesuaikan evaluator (INTERVIU): Bukti tidak dilampirkan")
                // evidence from operations beside the covered claims (issue 13): the section and its table
                .contains("Bukti dari operasional").contains("No. Indikator Klaim Didukung data Penilaian Alasan")
                // the rules' sentences appear only in that section (no operations data for this test's year)
                .contains("Layanan pusat data: belum ada VPS yang beroperasi di platform pada tahun ini.")
                .contains("Manajemen pengetahuan: belum ada artikel pengetahuan terbit")
                .contains("Audit Keamanan SPBE: belum ada audit selesai");

        // SEC1: the return and the approval are in the verified history with who did them.
        JsonNode history = http.get(path(CURRENT, "/history")).auth(coordinator()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        List<String> signOffs = history.get("entries").valueStream()
                .filter(e -> e.get("action").asString().matches(".*\\.(returned|published)\\.v1"))
                .map(e -> e.get("actor").asString() + " " + e.get("action").asString()).toList();
        assertThat(signOffs).containsExactly("sekda id.go.spbe.evaluation.returned.v1",
                "sekda id.go.spbe.evaluation.published.v1");
    }
}
