package id.go.spbe.monev.evaluation;

import id.go.spbe.monev.MonevTestSupport;
import id.go.spbe.monev.evaluation.domain.Evaluation;
import id.go.spbe.platform.documents.TestFiles;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.FormUpload.FilePart;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.EVALUATIONS_TOPIC;
import static id.go.spbe.monev.MonevTestSupport.OTHER;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.coordinator;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.event;
import static id.go.spbe.monev.MonevTestSupport.open;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static id.go.spbe.monev.MonevTestSupport.proposeAll;
import static id.go.spbe.monev.MonevTestSupport.uniform;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * M1 ("evidence per indicator"), M3, SEC1: Bappeda uploads evidence documents for its indicator 23 (data domain, BT
 * p8(7)) through the platform documents during self-assessment; evaluators, Dinas and the coordinator list and download
 * them, another OPD does not see them; a proposal names only uploaded evidence of that indicator (or https:// links),
 * and evidence expired before the assessment date is flagged on the indicator, not refused.
 */
@SpbeIntegrationTest
class EvidenceDocumentsIntegrationTest {

    static final int YEAR = 2038;
    static final String ID = YEAR + "-" + SPBE;
    static final String E = "/api/v1/evaluations/" + ID;
    static final String DOCS = E + "/indicators/23/evidence-documents";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EvaluationEvidence evidence;

    TestHttp http;
    FormUpload form;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        form = new FormUpload(port);
        directoryKnowsTheOpds(mongo);
    }

    long storedFiles() {
        return mongo.count(Query.query(Criteria.where("metadata.ownerId").is(ID)), "documents.files");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    TestHttp.Reply upload(String token, String etag, Map<String, String> fields, FilePart... files) {
        return form.multipartFiles(DOCS, token, etag, fields, List.of(files));
    }

    @Test
    void theUnitUploadsEvidenceReadersDownloadItAndTheProposalNamesIt_M1_M3() throws Exception {
        open(http, YEAR, SPBE);
        String own = operator(BAPPEDA);
        byte[] decree = TestPdfs.unsigned("PERATURAN BUPATI SATU DATA");
        String etag = http.get(E).auth(dinas()).send().header("ETag");

        // The unit uploads a decree whose term ended in 2020: accepted (flagged later), type read from the bytes.
        TestHttp.Reply first = upload(own, etag, Map.of("title", "Perbup Satu Data", "validUntil", "2020-06-30"),
                new FilePart("perbup.pdf", "application/octet-stream", decree));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("ETag")).isNotBlank().isNotEqualTo(etag);
        JsonNode pdf = first.json().get("documents").get(0);
        assertThat(pdf.get("title").asString()).isEqualTo("Perbup Satu Data");
        assertThat(pdf.get("mediaType").asString()).as("sniffed, not the claimed type").isEqualTo("application/pdf");
        assertThat(pdf.get("filename").asString()).endsWith(".pdf");
        assertThat(pdf.get("sizeBytes").asLong()).isEqualTo(decree.length);
        assertThat(pdf.get("sha256").asString()).isEqualTo(sha256(decree));
        assertThat(pdf.get("uploadedBy").asString()).isEqualTo("operator.bappeda");
        assertThat(pdf.get("validUntil").asString()).isEqualTo("2020-06-30");
        assertThat(pdf.get("expired").asBoolean()).as("valid until before today, self-assessment open").isTrue();
        String pdfId = pdf.get("id").asString();
        JsonNode uploaded = event(EVALUATIONS_TOPIC, ID, ".evaluation.evidence-uploaded.v1",
                "evaluation-evidence-uploaded.v1", d -> d.get("documents").get(0).get("documentId").asString()
                        .equals(pdfId));
        assertThat(uploaded.get("opd").asString()).as("CloudEvent extension").isEqualTo(BAPPEDA);
        assertThat(uploaded.get("data").get("documents").get(0).get("sha256").asString()).isEqualTo(sha256(decree));

        // A stale If-Match is a 412 and leaves nothing stored; a refused type (415) too.
        long stored = storedFiles();
        assertThat(stored).isEqualTo(1);
        assertThat(upload(own, etag, Map.of("title", "Lagi"), new FilePart("b.pdf", "application/pdf", decree))
                .status()).isEqualTo(412);
        TestHttp.Reply exe = upload(own, null, Map.of("title", "Program"),
                new FilePart("laporan.pdf", "application/pdf", TestFiles.windowsExecutable()));
        assertThat(exe.status()).as(exe.toString()).isEqualTo(415);
        assertThat(storedFiles()).isEqualTo(stored);

        // M3: another OPD's operator does not see the indicator; Dinas may not fill Bappeda's; evaluators only read.
        FilePart docx = new FilePart("sop.docx", "application/octet-stream", TestFiles.docx());
        assertThat(upload(operator(OTHER), null, Map.of("title", "x"), docx).status()).isEqualTo(404);
        assertThat(upload(dinas(), null, Map.of("title", "x"), docx).status()).isEqualTo(403);
        assertThat(upload(evaluator(), null, Map.of("title", "x"), docx).status()).isEqualTo(403);
        assertThat(storedFiles()).isEqualTo(stored);

        TestHttp.Reply second = upload(own, null, Map.of("title", "SOP Satu Data", "validUntil", "2099-12-31"), docx);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String docxId = second.json().get("documents").get(0).get("id").asString();
        String docxName = second.json().get("documents").get(0).get("filename").asString();

        // Readers list (newest first) and download; another OPD gets 404.
        for (String reader : List.of(evaluator(), dinas(), coordinator(), own)) {
            TestHttp.Reply list = http.get(DOCS).auth(reader).send();
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            List<JsonNode> items = list.json().get("items").valueStream().toList();
            assertThat(items).extracting(i -> i.get("id").asString()).containsExactly(docxId, pdfId);
            assertThat(items).extracting(i -> i.get("expired").asBoolean()).containsExactly(false, true);
            TestHttp.Reply file = http.get(DOCS + "/" + pdfId).auth(reader).send();
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.bytes()).isEqualTo(decree);
            assertThat(file.header("Content-Disposition")).startsWith("attachment");
        }
        assertThat(http.get(DOCS).auth(operator(OTHER)).send().status()).isEqualTo(404);
        assertThat(http.get(DOCS + "/" + pdfId).auth(operator(OTHER)).send().status()).isEqualTo(404);
        assertThat(http.get(E + "/indicators/3/evidence-documents/" + pdfId).auth(evaluator()).send().status())
                .as("a document of another indicator is not served under this one").isEqualTo(404);
        assertThat(http.get(DOCS + "?sort=title,asc").auth(evaluator()).send().json().get("items").get(0).get("id")
                .asString()).isEqualTo(pdfId);

        // The proposal names uploaded evidence (and may link a published page); anything else is a 422 M1.
        TestHttp.Reply unknown = http.put(E + "/indicators/23/proposal").auth(own).json(Map.of("level", 3,
                "explanation", "Perbup", "evidenceDocumentIds", List.of("bukti-tak-dikenal"))).send();
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("obligation").asString()).isEqualTo("M1");
        TestHttp.Reply foreign = http.put(E + "/indicators/3/proposal").auth(own).json(Map.of("level", 3,
                "explanation", "Perbup", "evidenceDocumentIds", List.of(pdfId))).send();
        assertThat(foreign.status()).as("evidence of indicator 23 does not prove indicator 3").isEqualTo(422);
        TestHttp.Reply proposed = http.put(E + "/indicators/23/proposal").auth(own).json(Map.of("level", 3,
                "explanation", "Perbup Satu Data dan SOP", "evidenceDocumentIds",
                List.of(pdfId, docxId, "https://jdih.example.go.id/perbup-12-2024"))).send();
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(proposed.json().get("expiredEvidenceDocumentIds").valueStream().map(JsonNode::asString)
                .toList()).as("flagged, not blocked").containsExactly(pdfId);
        assertThat(http.get(DOCS).auth(evaluator()).send().json().get("items").get(0).get("usedInProposal")
                .asBoolean()).isTrue();

        // Every upload is in the tamper-evident history.
        TestHttp.Reply history = http.get(E + "/history").auth(evaluator()).send();
        assertThat(history.text()).contains("evidence-uploaded");

        // Once the self-assessment closed, evidence is frozen: 409, nothing stored.
        proposeAll(http, ID, uniform(http, ID, 3));
        assertThat(http.post(E + "/advance").auth(dinas()).json(Map.of("to", "PENILAIAN_DOKUMEN")).send().status())
                .isEqualTo(200);
        long before = storedFiles();
        assertThat(upload(own, null, Map.of("title", "Terlambat"), docx).status()).isEqualTo(409);
        assertThat(storedFiles()).isEqualTo(before);

        // The report (M2) lists the uploads of indicator 23, judged at the day the self-assessment closed.
        HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + E + "/report.pdf")).header("Authorization", evaluator())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(report.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(report.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("tanggal penilaian mandiri ditutup")
                    .contains("23 Perbup Satu Data " + pdf.get("filename").asString() + " 30 Juni 2020 KEDALUWARSA")
                    .contains("23 SOP Satu Data " + docxName + " 31 Desember 2099 berlaku");
        }

        // Stored before the closing time was kept (field absent): the history's stage change gives the closing day.
        Instant closedAt = mongo.findById(ID, org.bson.Document.class, "evaluations").getDate("selfAssessmentClosedAt")
                .toInstant();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID)), new Update().unset("selfAssessmentClosedAt"),
                "evaluations");
        JsonNode closing = StreamSupport.stream(http.get(E + "/history").auth(evaluator()).send().json()
                .get("entries").spliterator(), false).filter(h -> h.get("action").asString().endsWith("stage-changed.v1"))
                .findFirst().orElseThrow();
        Evaluation legacy = evidence.load(ID);
        assertThat(legacy.closingTimeUnrecorded()).isTrue();
        assertThat(evidence.closedPerHistory(legacy)).hasValue(Instant.parse(closing.get("at").asString()))
                .hasValueSatisfying(at -> assertThat(Duration.between(at, closedAt).abs()).isLessThan(
                        Duration.ofSeconds(1)));
        assertThat(http.get(DOCS).auth(evaluator()).send().json().get("items").get(0).get("evidenceAsOf").asString())
                .isEqualTo(LocalDate.ofInstant(closedAt, ZoneId.of("Asia/Makassar")).toString());
    }

    @Test
    void badUploadsAre400NamingThePartAndOversizedFilesAre413() {
        if (http.get("/api/v1/evaluations/2039-" + SPBE).auth(dinas()).send().status() == 404) {
            open(http, 2039, SPBE);
        }
        String path = "/api/v1/evaluations/2039-" + SPBE + "/indicators/23/evidence-documents";
        String own = operator(BAPPEDA);
        FilePart pdf = new FilePart("a.pdf", "application/pdf", TestPdfs.unsigned("A"));
        record Bad(Map<String, String> fields, List<FilePart> files, String field) {
        }
        List<Bad> cases = List.of(
                new Bad(Map.of("title", "Tanpa berkas"), List.of(), "file"),
                new Bad(Map.of(), List.of(pdf), "title"),
                new Bad(Map.of("title", " "), List.of(pdf), "title"),
                new Bad(Map.of("title", "x".repeat(201)), List.of(pdf), "title"),
                new Bad(Map.of("title", "t", "validUntil", "31/12/2029"), List.of(pdf), "validUntil"),
                new Bad(Map.of("title", "t", "validUntil", "1999-12-31"), List.of(pdf), "validUntil"),
                new Bad(Map.of("title", "t"), java.util.Collections.nCopies(11, pdf), "file"));
        for (Bad bad : cases) {
            TestHttp.Reply reply = form.multipartFiles(path, own, null, bad.fields(), bad.files());
            assertThat(reply.status()).as(bad + " → " + reply).isEqualTo(400);
            assertThat(reply.text()).as(bad.toString()).contains("\"field\":\"" + bad.field() + "\"");
        }
        TestHttp.Reply big = form.multipart(path, own, null, Map.of("title", "Besar"),
                new FilePart("besar.pdf", "application/pdf", new byte[21 * 1024 * 1024]));
        assertThat(big.status()).as(big.toString()).isEqualTo(413);
        assertThat(mongo.count(Query.query(Criteria.where("metadata.ownerId").is("2039-" + SPBE)), "documents.files"))
                .isZero();
        // The multipart limit is the evidence's now; a framework file keeps its own 1 MB limit.
        TestHttp.Reply bigFramework = http.post("/api/v1/evaluations/frameworks").auth(dinas()).body(
                "multipart/form-data; boundary=b", MonevTestSupport.multipart("b", Map.of("id", "besar-sekali",
                        "name", "x", "regulation", "x"), Map.of("indicators", "x".repeat(1_100_000), "predicates",
                        "p"))).send();
        assertThat(bigFramework.status()).as(bigFramework.toString()).isEqualTo(413);
        assertThat(http.get(path + "?sort=secret").auth(own).send().status()).isEqualTo(400);
        assertThat(http.get(path + "?size=500").auth(own).send().status()).isEqualTo(400);
        assertThat(http.get(path + "/0123456789abcdef01234567").auth(own).send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/evaluations/2039-" + SPBE + "/indicators/99/evidence-documents").auth(own)
                .send().status()).isEqualTo(404);
    }
}
