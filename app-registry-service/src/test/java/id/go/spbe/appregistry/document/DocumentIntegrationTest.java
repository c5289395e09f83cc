package id.go.spbe.appregistry.document;

import id.go.spbe.platform.documents.TestFiles;
import id.go.spbe.platform.documents.TestPdfs;
import id.go.spbe.platform.documents.TestPki;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import id.go.spbe.appregistry.document.DocumentHttp.Reply;
import id.go.spbe.platform.documents.TestPki.Identity;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document deposit through HTTP (A7, A8, SEC1, SEC3) with the default profile (Rejang Lebong: REQUIREMENTS_SPEC,
 * USER_MANUAL and SOURCE_CODE required, no audio-visual manual, signatures not required, no trust anchors).
 */
@SpbeIntegrationTest
class DocumentIntegrationTest {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static Identity kepalaDinas;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    DocumentHttp http;

    @BeforeAll
    static void pki() {
        kepalaDinas = TestPki.signer(TestPki.intermediateCa(TestPki.rootCa("Root CA Uji BSrE"), "OSD Uji BSrE"),
                "Kepala Dinas Kesehatan");
    }

    @BeforeEach
    void setUp() {
        http = new DocumentHttp(port);
    }

    String newApplication() {
        return http.register(operator("DINKES"), "SIMPUS " + UUID.randomUUID());
    }

    Reply uploadPdf(String appId, String token, String kind, byte[] pdf) {
        return http.upload(appId, token, kind, "dokumen.pdf", "application/pdf", pdf);
    }

    long storedFilesOf(String appId) {
        return mongo.getCollection("documents.files").countDocuments(Filters.eq("metadata.ownerId", appId));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a7TheOwnerDepositsAVersionThatIsStoredRecordedAndPublished() throws Exception {
        String appId = newApplication();
        byte[] pdf = TestPdfs.unsigned("SPESIFIKASI KEBUTUHAN SIMPUS");
        Reply reply = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "Spesifikasi SIMPUS.pdf",
                "application/octet-stream", pdf);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode document = reply.json().get("document");
        String fileId = document.get("fileId").asString();
        assertThat(reply.header("Location")).isEqualTo(DocumentHttp.documents(appId) + "/" + fileId);
        assertThat(document.get("kind").asString()).isEqualTo("REQUIREMENTS_SPEC");
        assertThat(document.get("version").asInt()).isEqualTo(1);
        assertThat(document.get("filename").asString()).isEqualTo("Spesifikasi SIMPUS.pdf");
        assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asString()).isEqualTo(sha256(pdf));
        assertThat(document.get("uploadedBy").asString()).isEqualTo("operator.dinkes");
        assertThat(document.get("signature").isNull()).isTrue();
        assertThat(reply.json().get("signatureCheck").get("status").asString()).isEqualTo("UNSIGNED");

        Document stored = mongo.getCollection("documents.files").find(Filters.eq("_id", new ObjectId(fileId))).first();
        assertThat(stored).isNotNull();
        Document metadata = stored.get("metadata", Document.class);
        assertThat(metadata.getString("ownerId")).isEqualTo(appId);
        assertThat(metadata.getString("kind")).isEqualTo("REQUIREMENTS_SPEC");
        assertThat(metadata.getString("sha256")).isEqualTo(sha256(pdf));
        assertThat(metadata.getString("uploadedBy")).isEqualTo("operator.dinkes");

        ConsumerRecord<String, String> record = TestKafka.await(TOPIC, r -> appId.equals(r.key())
                && r.value().contains("id.go.spbe.application.document-added.v1"), Duration.ofSeconds(20));
        JsonNode data = DocumentHttp.JSON.readTree(record.value()).get("data");
        assertThat(data.get("fileId").asString()).isEqualTo(fileId);
        assertThat(data.get("sha256").asString()).isEqualTo(sha256(pdf));
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "application-document-added.v1"),
                data.toString());
    }

    @Test
    void a8AnotherUploadOfTheSameKindIsTheNextVersionAndVersionsCannotBeReplacedOrDeleted() {
        String appId = newApplication();
        String first = uploadPdf(appId, operator("DINKES"), "USER_MANUAL", TestPdfs.unsigned("MANUAL V1")).json()
                .get("document").get("fileId").asString();
        Reply second = http.upload(appId, admin(), "USER_MANUAL", "manual.md", "text/markdown",
                TestFiles.markdown());
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("document").get("version").asInt()).isEqualTo(2);
        assertThat(second.json().get("document").get("contentType").asString()).isEqualTo("text/plain");
        assertThat(second.json().get("document").get("uploadedBy").asString()).isEqualTo("admin.dinas");

        String path = DocumentHttp.documents(appId) + "/" + first;
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            Reply refused = http.send(method, path, operator("DINKES"), "application/pdf",
                    TestPdfs.unsigned("GANTI"));
            assertThat(refused.status()).as(method + " " + refused).isEqualTo(405);
        }
        assertThat(http.get(path, operator("DINKES")).status()).isEqualTo(200);
        assertThat(storedFilesOf(appId)).isEqualTo(2);
    }

    @Test
    void a7TheListingGroupsVersionsByKindNewestFirstAndNamesTheMissingRequiredKinds() {
        String appId = newApplication();
        Reply empty = http.get(DocumentHttp.documents(appId), operator("DINKES"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("missingRequiredKinds").valueStream().map(JsonNode::asString))
                .containsExactly("REQUIREMENTS_SPEC", "USER_MANUAL", "SOURCE_CODE");
        assertThat(empty.json().get("complete").asBoolean()).isFalse();

        uploadPdf(appId, operator("DINKES"), "REQUIREMENTS_SPEC", TestPdfs.unsigned("SPEK V1"));
        uploadPdf(appId, operator("DINKES"), "REQUIREMENTS_SPEC", TestPdfs.unsigned("SPEK V2"));
        http.upload(appId, operator("DINKES"), "DESIGN_DOCUMENT", "desain.odt", "application/zip", TestFiles.odt());

        JsonNode listing = http.get(DocumentHttp.documents(appId), auditor()).json();
        assertThat(listing.get("requiredKinds").valueStream().map(JsonNode::asString))
                .containsExactly("REQUIREMENTS_SPEC", "USER_MANUAL", "SOURCE_CODE");
        assertThat(listing.get("missingRequiredKinds").valueStream().map(JsonNode::asString))
                .containsExactly("USER_MANUAL", "SOURCE_CODE");
        JsonNode kinds = listing.get("kinds");
        assertThat(kinds.valueStream().map(k -> k.get("kind").asString()))
                .containsExactly("REQUIREMENTS_SPEC", "DESIGN_DOCUMENT", "USER_MANUAL", "SOURCE_CODE");
        JsonNode spec = kinds.get(0);
        assertThat(spec.get("required").asBoolean()).isTrue();
        assertThat(spec.get("versions").valueStream().map(v -> v.get("version").asInt())).containsExactly(2, 1);
        JsonNode design = kinds.get(1);
        assertThat(design.get("required").asBoolean()).isFalse();
        assertThat(design.get("versions").get(0).get("contentType").asString())
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(kinds.get(2).get("versions").isEmpty()).isTrue();
        assertThat(spec.get("versions").get(0).get("href").asString())
                .startsWith(DocumentHttp.documents(appId) + "/");
    }

    @Test
    void sec3AValidlySignedPdfShowsItsSigner() {
        String appId = newApplication();
        Instant signedAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("SPESIFIKASI BERTANDA TANGAN"), kepalaDinas, signedAt);
        Reply reply = uploadPdf(appId, operator("DINKES"), "REQUIREMENTS_SPEC", signed);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode signature = reply.json().get("document").get("signature");
        assertThat(signature.get("signer").asString()).isEqualTo("Kepala Dinas Kesehatan");
        assertThat(signature.get("issuer").asString()).startsWith("CN=OSD Uji BSrE");
        assertThat(Instant.parse(signature.get("signedAt").asString())).isEqualTo(signedAt);
        assertThat(signature.get("format").asString()).isEqualTo("PDF adbe.pkcs7.detached");
        assertThat(reply.json().get("signatureCheck").get("status").asString()).isEqualTo("INTACT");

        JsonNode listed = http.get(DocumentHttp.documents(appId), operator("DINKES")).json().get("kinds").get(0)
                .get("versions").get(0);
        assertThat(listed.get("signature").get("signer").asString()).isEqualTo("Kepala Dinas Kesehatan");
        ConsumerRecord<String, String> record = TestKafka.await(TOPIC, r -> appId.equals(r.key())
                && r.value().contains("document-added"), Duration.ofSeconds(20));
        assertThat(DocumentHttp.JSON.readTree(record.value()).get("data").get("signer").asString())
                .isEqualTo("Kepala Dinas Kesehatan");
    }

    @Test
    void sec3ATamperedSignedPdfIsRefusedAndNothingIsStored() {
        String appId = newApplication();
        byte[] signed = TestPdfs.signed(TestPdfs.unsigned("NILAI KONTRAK 100"), kepalaDinas, Instant.now());
        Reply reply = uploadPdf(appId, operator("DINKES"), "REQUIREMENTS_SPEC",
                TestPdfs.tampered(signed, "NILAI KONTRAK 100", "NILAI KONTRAK 900"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("obligation").asString()).isEqualTo("SEC3");
        assertThat(reply.json().get("detail").asString()).contains("diubah");
        assertThat(storedFilesOf(appId)).isZero();
        assertThat(http.json.get("/api/v1/applications/" + appId).auth(operator("DINKES")).send().json()
                .get("documents").isEmpty()).isTrue();
    }

    @Test
    void sec1TheDownloadStreamsTheStoredBytesWithTheirDigest() throws Exception {
        String appId = newApplication();
        byte[] pdf = TestPdfs.unsigned("MANUAL PENGGUNA");
        String fileId = http.upload(appId, operator("DINKES"), "USER_MANUAL", "Manual \"SIMPUS\";.pdf",
                "application/pdf", pdf).json().get("document").get("fileId").asString();

        for (String token : List.of(operator("DINKES"), admin(), auditor())) {
            Reply download = http.get(DocumentHttp.documents(appId) + "/" + fileId, token);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(pdf);
            assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
            assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                    .contains("filename=\"Manual _SIMPUS__.pdf\"");
            assertThat(download.header("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
            assertThat(download.header("Repr-Digest")).isEqualTo("sha-256=:"
                    + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf)) + ":");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void sec1TheIntegrityCheckDetectsAModifiedChunk() throws Exception {
        String appId = newApplication();
        byte[] zip = TestFiles.sourceZip();
        String fileId = http.upload(appId, operator("DINKES"), "SOURCE_CODE", "simpus.zip", "application/zip", zip)
                .json().get("document").get("fileId").asString();
        String path = DocumentHttp.documents(appId) + "/" + fileId + "/integrity";

        JsonNode intact = http.get(path, auditor()).json();
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("actualSha256").asString()).isEqualTo(sha256(zip));
        assertThat(intact.get("recordedSha256").asString()).isEqualTo(sha256(zip));

        // Someone with database access changes one byte of the stored file behind the service's back.
        MongoCollection<Document> chunks = mongo.getCollection("documents.chunks");
        Document chunk = chunks.find(Filters.eq("files_id", new ObjectId(fileId))).first();
        byte[] data = chunk.get("data", Binary.class).getData();
        data[data.length / 2] ^= 0x20;
        chunks.updateOne(Filters.eq("_id", chunk.get("_id")), Updates.set("data", new Binary(data)));

        JsonNode modified = http.get(path, operator("DINKES")).json();
        assertThat(modified.get("intact").asBoolean()).isFalse();
        assertThat(modified.get("recordedSha256").asString()).isEqualTo(sha256(zip));
        assertThat(modified.get("actualSha256").asString()).isNotEqualTo(sha256(zip));
        assertThat(modified.get("problem").asString()).contains("berbeda");
    }

    @Test
    void a7TheTypeIsSniffedFromTheBytesNotTakenFromTheClient() {
        String appId = newApplication();
        Reply exe = http.upload(appId, operator("DINKES"), "USER_MANUAL", "manual.pdf", "application/pdf",
                TestFiles.windowsExecutable());
        assertThat(exe.status()).as(exe.toString()).isEqualTo(415);
        assertThat(exe.header("Content-Type")).startsWith("application/problem+json");
        assertThat(exe.json().get("detectedType").asString()).isEqualTo("application/x-msdownload");
        assertThat(exe.json().get("detail").asString()).contains("application/x-msdownload");
        assertThat(exe.json().get("type").asString()).endsWith("/unsupported-media-type");

        Reply html = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "spek.txt", "text/plain",
                TestFiles.html());
        assertThat(html.status()).isEqualTo(415);
        assertThat(html.json().get("detectedType").asString()).isEqualTo("text/html");

        Reply pdfAsSource = uploadPdf(appId, operator("DINKES"), "SOURCE_CODE", TestPdfs.unsigned("KODE"));
        assertThat(pdfAsSource.status()).isEqualTo(415);

        Reply docx = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "spek.bin",
                "application/octet-stream", TestFiles.docx());
        assertThat(docx.status()).as(docx.toString()).isEqualTo(201);
        assertThat(docx.json().get("document").get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Reply tarball = http.upload(appId, operator("DINKES"), "SOURCE_CODE", "kode.tar.gz", "application/pdf",
                TestFiles.gzip(TestFiles.tar()));
        assertThat(tarball.json().get("document").get("contentType").asString()).isEqualTo("application/gzip");
        assertThat(storedFilesOf(appId)).isEqualTo(2);
    }

    /**
     * Issue 7 defect 5: a macro-enabled Word package was accepted as .docx, and a PDF named "Panduan.pdf.vbs" was
     * stored and served under that name.
     */
    @Test
    void defect5AMacroWordFileIs415AndAStoredNameCarriesTheSniffedTypesExtension() {
        String appId = newApplication();
        Reply docm = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "laporan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                TestFiles.docmDeclaringDocxToo());
        assertThat(docm.status()).as(docm.toString()).isEqualTo(415);
        assertThat(docm.header("Content-Type")).startsWith("application/problem+json");
        assertThat(docm.json().get("type").asString()).endsWith("/unsupported-media-type");
        assertThat(docm.json().get("detectedType").asString())
                .isEqualTo("application/vnd.ms-word.document.macroEnabled.12");
        Reply hidden = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "laporan.docx",
                "application/octet-stream", TestFiles.docxWithHiddenVbaProject());
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(415);
        assertThat(storedFilesOf(appId)).isZero();

        byte[] pdf = TestPdfs.unsigned("PANDUAN");
        Reply disguised = http.upload(appId, operator("DINKES"), "USER_MANUAL", "Panduan.pdf.vbs",
                "text/vbscript", pdf);
        assertThat(disguised.status()).as(disguised.toString()).isEqualTo(201);
        assertThat(disguised.json().get("document").get("filename").asString()).isEqualTo("Panduan.pdf");
        Reply download = http.get(DocumentHttp.documents(appId) + "/"
                + disguised.json().get("document").get("fileId").asString(), operator("DINKES"));
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Panduan.pdf\"; filename*=UTF-8''Panduan.pdf");
        Reply docm2 = http.upload(appId, operator("DINKES"), "DESIGN_DOCUMENT", "desain.docm",
                "application/octet-stream", TestFiles.docx());
        assertThat(docm2.json().get("document").get("filename").asString()).isEqualTo("desain.docx");
    }

    @Test
    void a7AnAudioManualIsRefusedWhereTheRegulationDoesNotAllowItAndNoFileIsLeft() {
        String appId = newApplication();
        Reply audio = http.upload(appId, operator("DINKES"), "USER_MANUAL", "manual.mp3", "audio/mpeg",
                TestFiles.mp3());
        assertThat(audio.status()).as(audio.toString()).isEqualTo(422);
        assertThat(audio.json().get("obligation").asString()).isEqualTo("A7");
        // The aggregate refused after the bytes were stored: the stored file was removed again.
        assertThat(storedFilesOf(appId)).isZero();
        Reply video = http.upload(appId, operator("DINKES"), "REQUIREMENTS_SPEC", "spek.mp4", "video/mp4",
                TestFiles.mp4());
        assertThat(video.status()).isEqualTo(415);
    }

    @Test
    void a7AFileOverTheSizeLimitIsRefusedWith413() {
        String appId = newApplication();
        byte[] large = new byte[1024 * 1024 + 100 * 1024]; // the test profile limits documents to 1MB
        System.arraycopy(TestPdfs.unsigned("BESAR"), 0, large, 0, 200);
        Reply reply = uploadPdf(appId, operator("DINKES"), "REQUIREMENTS_SPEC", large);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/payload-too-large");
        assertThat(reply.json().get("detail").asString()).contains("1MB");
        assertThat(storedFilesOf(appId)).isZero();
    }

    @Test
    void sec1AnotherOpdNeverSeesTheDocumentsAndOnlyTheOwnerOrDinasDeposits() {
        String appId = newApplication();
        String fileId = uploadPdf(appId, operator("DINKES"), "USER_MANUAL", TestPdfs.unsigned("MANUAL")).json()
                .get("document").get("fileId").asString();
        String base = DocumentHttp.documents(appId);
        for (String path : List.of(base, base + "/" + fileId, base + "/" + fileId + "/integrity")) {
            Reply other = http.get(path, operator("DISDIK"));
            assertThat(other.status()).as(path).isEqualTo(404);
            assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(uploadPdf(appId, operator("DISDIK"), "USER_MANUAL", TestPdfs.unsigned("X")).status())
                .isEqualTo(404);
        String helpdesk = TestJwtIssuer.shared().user("agen.disdik").opd("DISDIK").roles("TIER1_AGENT").bearer();
        assertThat(uploadPdf(appId, helpdesk, "USER_MANUAL", TestPdfs.unsigned("X")).status()).isEqualTo(404);
        // Those who may see but not change the application: 403.
        assertThat(uploadPdf(appId, auditor(), "USER_MANUAL", TestPdfs.unsigned("X")).status()).isEqualTo(403);
        String coordinator = TestJwtIssuer.shared().user("koordinator").opd("DINKES").roles("COORDINATOR").bearer();
        assertThat(uploadPdf(appId, coordinator, "USER_MANUAL", TestPdfs.unsigned("X")).status()).isEqualTo(403);
        assertThat(storedFilesOf(appId)).isEqualTo(1);
    }

    @Test
    void badInputIsAClear4xxNeverA500() {
        String appId = newApplication();
        String base = DocumentHttp.documents(appId);
        byte[] pdf = TestPdfs.unsigned("X");
        assertThat(uploadPdf(appId, null, "USER_MANUAL", pdf).status()).isEqualTo(401);
        assertThat(http.get(base, null).status()).isEqualTo(401);

        Reply noFile = http.upload(appId, operator("DINKES"), "USER_MANUAL", null, null, null);
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
        assertThat(noFile.header("Content-Type")).startsWith("application/problem+json");
        Reply noKind = http.upload(appId, operator("DINKES"), null, "x.pdf", "application/pdf", pdf);
        assertThat(noKind.status()).as(noKind.toString()).isEqualTo(400);
        Reply wrongKind = http.upload(appId, operator("DINKES"), "FOTO_KEGIATAN", "x.pdf", "application/pdf", pdf);
        assertThat(wrongKind.status()).as(wrongKind.toString()).isEqualTo(400);
        Reply emptyFile = http.upload(appId, operator("DINKES"), "USER_MANUAL", "kosong.pdf", "application/pdf",
                new byte[0]);
        assertThat(emptyFile.status()).as(emptyFile.toString()).isEqualTo(400);
        Reply damagedPdf = http.upload(appId, operator("DINKES"), "USER_MANUAL", "rusak.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj << /Type".getBytes());
        assertThat(damagedPdf.status()).as(damagedPdf.toString()).isEqualTo(400);

        Reply json = http.send("POST", base, operator("DINKES"), "application/json",
                "{\"kind\":\"USER_MANUAL\"}".getBytes());
        assertThat(json.status()).as(json.toString()).isEqualTo(415);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");
        Reply brokenMultipart = http.send("POST", base, operator("DINKES"), "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\ntanpa akhir".getBytes());
        assertThat(brokenMultipart.status()).as(brokenMultipart.toString()).isEqualTo(400);
        assertThat(brokenMultipart.header("Content-Type")).startsWith("application/problem+json");

        assertThat(http.get(base + "/" + new ObjectId().toHexString(), admin()).status()).isEqualTo(404);
        assertThat(http.get(base + "/bukan-id", admin()).status()).isEqualTo(404);
        assertThat(http.get(base + "/bukan-id/integrity", admin()).status()).isEqualTo(404);
        assertThat(http.get(DocumentHttp.documents("tidak-ada"), admin()).status()).isEqualTo(404);
        assertThat(uploadPdf("tidak-ada", admin(), "USER_MANUAL", pdf).status()).isEqualTo(404);

        // A document of another application is not reachable through this one.
        String otherApp = newApplication();
        String otherFile = uploadPdf(otherApp, operator("DINKES"), "USER_MANUAL", pdf).json().get("document")
                .get("fileId").asString();
        assertThat(http.get(base + "/" + otherFile, operator("DINKES")).status()).isEqualTo(404);
    }

    @Test
    void p3TheDocumentApiIsDescribedInOpenApi() {
        JsonNode paths = http.json.get("/v3/api-docs").send().json().get("paths");
        assertThat(paths.has("/api/v1/applications/{id}/documents")).isTrue();
        assertThat(paths.get("/api/v1/applications/{id}/documents").get("post").get("requestBody").get("content")
                .has("multipart/form-data")).isTrue();
        assertThat(paths.has("/api/v1/applications/{id}/documents/{fileId}")).isTrue();
        assertThat(paths.has("/api/v1/applications/{id}/documents/{fileId}/integrity")).isTrue();
    }

    @Test
    void a1ADecommissionedApplicationTakesNoMoreDocuments() {
        String appId = newApplication();
        assertThat(http.json.post("/api/v1/applications/" + appId + "/decommission").auth(operator("DINKES"))
                .json(Map.of("reason", "Digantikan aplikasi nasional")).send().status()).isEqualTo(200);
        Reply reply = uploadPdf(appId, operator("DINKES"), "USER_MANUAL", TestPdfs.unsigned("TERLAMBAT"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(storedFilesOf(appId)).isZero();
    }
}
