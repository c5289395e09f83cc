package id.go.spbe.datacenter.custody;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.DatacenterTestSupport;
import id.go.spbe.platform.documents.TestFiles;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.documents.TestPki;
import id.go.spbe.platform.test.http.FormUpload;
import id.go.spbe.platform.test.http.FormUpload.FilePart;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.coordinator;
import static id.go.spbe.datacenter.DatacenterTestSupport.machine;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D7 × SEC3: the owner OPD attaches the letter behind its consent — stored in the platform documents (type from its
 * bytes, size limit, signature verdict), recorded on the consent with its SHA-256, in the history and as
 * ConsentLetterAttached — and whoever may read the consent downloads it. The tests run on the Rejang Lebong profile,
 * which does not require signed documents, so an unsigned letter is accepted and shown as UNSIGNED.
 */
@DatacenterIntegrationTest
class ConsentLetterIntegrationTest {

    static final String TOPIC = "spbe.datacenter.custody.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    TestHttp http;
    FormUpload raw;
    String opd;
    String consent;
    String path;

    @BeforeEach
    void aConsentOfOneOpd() {
        http = TestHttp.onPort(port);
        raw = new FormUpload(port);
        opd = newOpdCode("DINKES");
        opd(mongo, opd, false);
        consent = DatacenterTestSupport.consentForDinas(http, clock, opd, "RESTORE_TEST");
        path = "/api/v1/custody-consents/" + consent;
    }

    String etag() {
        return http.get(path).auth(operator(opd)).send().header("ETag");
    }

    long storedLetters() {
        return mongo.count(Query.query(Criteria.where("metadata.ownerId").is(consent)), "documents.files");
    }

    @Test
    void consentLetter_D7_SEC3_theOwnerAttachesItAndEveryReaderDownloadsItWithItsSha256() throws Exception {
        byte[] pdf = TestPdfs.unsigned("SURAT PERSETUJUAN " + opd);
        TestHttp.Reply attached = raw.multipart(path + "/letter", operator(opd), etag(), Map.of(),
                new FilePart("Surat persetujuan.pdf", "application/octet-stream", pdf));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        JsonNode letter = attached.json().get("letter");
        assertThat(letter.get("mediaType").asString()).as("sniffed, not the claimed type").isEqualTo("application/pdf");
        assertThat(letter.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(letter.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(letter.get("signatureStatus").asString()).isEqualTo("UNSIGNED");
        assertThat(letter.get("uploadedBy").asString()).isEqualTo("operator." + opd.toLowerCase());
        assertThat(attached.json().get("version").asLong()).isEqualTo(1);
        assertThat(attached.header("ETag")).isEqualTo("\"1\"");

        JsonNode event = published(TOPIC, consent, "id.go.spbe.custody.consent-letter-attached.v1");
        assertThat(event.get("data").get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(event.get("data").get("replacedDocumentId").isNull()).isTrue();

        for (String reader : List.of(operator(opd), admin(), auditor(), coordinator())) {
            TestHttp.Reply download = raw.get(path + "/letter", reader);
            assertThat(download.status()).as(download.toString()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(pdf);
            assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(download.header("Content-Disposition")).startsWith("attachment");
            assertThat(download.header("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
        }
        String other = newOpdCode("DISDIK");
        opd(mongo, other, false);
        assertProblem(raw.get(path + "/letter", operator(other)), 404, "not-found");

        // a signed letter replaces it; the signature's verdict is recorded (no trust anchors here: INTACT)
        TestPki.Identity root = TestPki.rootCa("CA Uji");
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SURAT BERTANDA TANGAN " + opd),
                TestPki.signer(root, "Kepala " + opd), clock.instant());
        TestHttp.Reply replaced = raw.multipart(path + "/letter", operator(opd), attached.header("ETag"), Map.of(),
                new FilePart("surat-ttd.pdf", "application/pdf", signed));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("letter").get("signatureStatus").asString()).isEqualTo("INTACT");
        assertThat(replaced.json().get("letter").get("signer").asString()).contains("Kepala " + opd);
        assertThat(raw.get(path + "/letter", admin()).bytes()).isEqualTo(signed);
        assertThat(storedLetters()).as("the replaced letter stays stored for the history").isEqualTo(2);

        JsonNode history = http.get(path + "/history").auth(operator(opd)).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.toString())
                .filter(e -> e.contains("consent-letter-attached")).count()).isEqualTo(2);
    }

    @Test
    void consentLetter_D7_onlyTheOwnerOpdsOperatorAttachesIt() {
        FilePart letter = new FilePart("surat.pdf", "application/pdf", TestPdfs.unsigned("SURAT"));
        String other = newOpdCode("DISDIK");
        opd(mongo, other, false);
        // dinas, owner, other OPD, auditor, coordinator, machine, anonymous
        List<String> callers = java.util.Arrays.asList(admin(), operator(opd), operator(other), auditor(),
                coordinator(), machine(opd), null);
        List<Integer> expected = List.of(403, 200, 404, 403, 403, 403, 401);
        for (int i = 0; i < callers.size(); i++) {
            String caller = callers.get(i);
            TestHttp.Reply reply = raw.multipart(path + "/letter", caller, null, Map.of(), letter);
            assertThat(reply.status()).as(i + ": " + reply).isEqualTo(expected.get(i));
        }
        assertThat(raw.get(path + "/letter", machine(opd)).status()).isIn(200, 403);
        assertThat(raw.get(path + "/letter", null).status()).isEqualTo(401);
    }

    @Test
    void consentLetter_SEC3_aNonPdfIs415ATooLargeFileIs413AndNothingIsStored() {
        TestHttp.Reply exe = raw.multipart(path + "/letter", operator(opd), null, Map.of(),
                new FilePart("surat.pdf", "application/pdf", TestFiles.windowsExecutable()));
        assertProblem(exe, 415, "unsupported-media-type");
        TestHttp.Reply docx = raw.multipart(path + "/letter", operator(opd), null, Map.of(),
                new FilePart("surat.docx", "application/pdf", TestFiles.docx()));
        assertThat(docx.status()).as("a letter must be a PDF, so its signature can be checked").isEqualTo(415);
        TestHttp.Reply large = raw.multipart(path + "/letter", operator(opd), null, Map.of(),
                new FilePart("besar.pdf", "application/pdf", new byte[1024 * 1024 + 1]));
        assertThat(large.status()).as(large.toString()).isEqualTo(413);
        TestHttp.Reply broken = raw.multipart(path + "/letter", operator(opd), null, Map.of(),
                new FilePart("ubah.pdf", "application/pdf", TestPdfs.tampered(TestPdfs.signed(
                        TestPdfs.unsigned("SURAT ASLI"), TestPki.signer(TestPki.rootCa("CA"), "Kepala"),
                        clock.instant()), "SURAT ASLI", "SURAT PALS")));
        assertThat(broken.status()).as("a broken signature: " + broken).isEqualTo(422);
        assertThat(broken.json().get("obligation").asString()).isEqualTo("SEC3");
        assertThat(storedLetters()).isZero();
        assertThat(http.get(path).auth(operator(opd)).send().json().get("letter").isNull()).isTrue();
        assertProblem(raw.get(path + "/letter", operator(opd)), 404, "not-found");
    }

    @Test
    void consentLetter_D7_staleIfMatchIs412ARevokedConsentIs409AndAMissingFileIs400() {
        FilePart letter = new FilePart("surat.pdf", "application/pdf", TestPdfs.unsigned("SURAT"));
        assertProblem(raw.multipart(path + "/letter", operator(opd), "\"99\"", Map.of(), letter), 412,
                "precondition-failed");
        TestHttp.Reply none = raw.multipartFiles(path + "/letter", operator(opd), null, Map.of("catatan", "x"),
                List.of());
        assertThat(none.status()).as(none.toString()).isEqualTo(400);
        assertThat(none.text()).contains("file");
        http.post(path + "/revoke").auth(operator(opd)).json(Map.of("reason", "Selesai")).send();
        assertProblem(raw.multipart(path + "/letter", operator(opd), null, Map.of(), letter), 409,
                "state-conflict");
        assertThat(storedLetters()).as("checked before a byte was stored").isZero();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
