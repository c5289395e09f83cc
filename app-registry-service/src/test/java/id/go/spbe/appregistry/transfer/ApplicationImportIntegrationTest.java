package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.transfer.TransferTestSupport.Reply;
import id.go.spbe.appregistry.transfer.domain.ImportFormat;
import id.go.spbe.appregistry.transfer.domain.ImportJob;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/** A1: bringing an existing inventory into the register through background import jobs. */
@SpbeIntegrationTest
class ApplicationImportIntegrationTest {

    static final String IMPORTS = "/api/v1/application-imports";

    @LocalServerPort
    int port;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    ImportFileRepository files;

    @Autowired
    ImportJobRunner runner;

    @Autowired
    Clock clock;

    TransferTestSupport http;

    @BeforeEach
    void setUp() {
        http = new TransferTestSupport(port);
    }

    @Test
    void a1AnInventoryImportRegistersValidRowsAndListsInvalidOnes() throws IOException {
        String u = UUID.randomUUID().toString().substring(0, 6);
        // Semicolons and a BOM, as spreadsheets in an Indonesian locale save "CSV UTF-8".
        String csv = "\uFEFFname;ownerOpd;applicationClass;userOpds;functionDomains;url;maintenanceType;maintainer;"
                + "contractEndsOn;licenceKind;licenceSpdx\r\n"
                + "SIMPUS " + u + ";DINKES;KHUSUS;;SEKTOR_KESEHATAN;https://simpus.rejanglebongkab.go.id;;;;"
                + "OPEN_SOURCE;EUPL-1.2\r\n"
                + "Dapodik " + u + ";DISDIK;UMUM;DINKES;\"KEPEGAWAIAN;KEUANGAN\";;CONTRACT;PT Maju;2027-12-31;;\r\n"
                + "Khusus PD " + u + ";DINKES;KHUSUS_PD;;;;;;;;\r\n"
                + "Di luar domain " + u + ";DINKES;UMUM;;;https://sipd.kemendagri.go.id;;;;;\r\n"
                + "OPD hantu " + u + ";TIDAK-ADA;UMUM;;;;;;;;\r\n"
                + "Bidang asing " + u + ";DINKES;UMUM;;PARIWISATA;;;;;;\r\n"
                + ";DINKES;UMUM;;;;;;;;\r\n"
                + "Kontrak tanpa tanggal " + u + ";DINKES;UMUM;;;;CONTRACT;PT Maju;;;\r\n"
                + "Kelas rahasia " + u + ";DINKES;RAHASIA;;;;;;;;\r\n";

        Reply accepted = http.importCsv(admin(), "inventaris.csv", csv);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.location()).isEqualTo(IMPORTS + "/" + accepted.json().get("id").asString());
        assertThat(accepted.json().get("totalRows").asInt()).isEqualTo(9);
        assertThat(accepted.json().get("format").asString()).isEqualTo("REGISTER_CSV");

        JsonNode job = http.awaitJob(admin(), accepted.location());
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("processedRows").asInt()).isEqualTo(9);
        assertThat(job.get("importedCount").asInt()).isEqualTo(2);
        assertThat(job.get("errorCount").asInt()).isEqualTo(7);
        assertThat(problems(job.get("errors"))).containsExactlyInAnyOrder(
                "3 applicationClass A2", "4 url A10", "5 ownerOpd G1", "6 functionDomains A12", "7 name A1",
                "8 contractEndsOn A1", "9 applicationClass -");

        List<String> ids = job.get("importedApplicationIds").valueStream().map(JsonNode::asString).toList();
        JsonNode simpus = http.get("/api/v1/applications/" + ids.get(0), admin()).json();
        assertThat(simpus.get("name").asString()).isEqualTo("SIMPUS " + u);
        assertThat(simpus.get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(simpus.get("status").asString()).isEqualTo("DRAFT");
        assertThat(simpus.get("url").asString()).isEqualTo("https://simpus.rejanglebongkab.go.id");
        assertThat(simpus.get("licence").get("spdxId").asString()).isEqualTo("EUPL-1.2");
        JsonNode dapodik = http.get("/api/v1/applications/" + ids.get(1), admin()).json();
        assertThat(dapodik.get("userOpds").valueStream().map(JsonNode::asString)).containsExactly("DISDIK", "DINKES");
        assertThat(dapodik.get("functionDomains").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("KEPEGAWAIAN", "KEUANGAN");
        assertThat(dapodik.get("maintenance").get("contractEndsOn").asString()).isEqualTo("2027-12-31");

        // Registered through the aggregate: the event is published, and the history names the importer (SEC1).
        ConsumerRecord<String, String> event = TestKafka.await("spbe.app-registry.application.v1",
                r -> ids.get(0).equals(r.key()) && r.value().contains("registered"), Duration.ofSeconds(30));
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "application-registered.v1"),
                TransferTestSupport.JSON.readTree(event.value()).get("data").toString());
        JsonNode history = http.get("/api/v1/applications/" + ids.get(0) + "/history", admin()).json();
        assertThat(history.get("entries").get(0).get("actor").asString()).isEqualTo("admin.dinas");

        // The errors file: the refused rows as uploaded, plus what to fix; sent back as is, it is refused the same way.
        Reply errors = http.get(accepted.location() + "/errors.csv", admin());
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.contentType()).startsWith("text/csv");
        List<CSVRecord> rows = parse(errors.body(), ';');
        assertThat(rows.get(0).toList()).containsExactly("name", "ownerOpd", "applicationClass", "userOpds",
                "functionDomains", "url", "maintenanceType", "maintainer", "contractEndsOn", "licenceKind",
                "licenceSpdx", "error");
        assertThat(rows).hasSize(8);
        assertThat(rows.get(2).get(0)).isEqualTo("Di luar domain " + u);
        assertThat(rows.get(2).get(11)).contains("url:").contains("[A10]");

        Reply again = http.importCsv(admin(), "galat.csv", errors.body());
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        JsonNode retried = http.awaitJob(admin(), again.location());
        assertThat(retried.get("importedCount").asInt()).isZero();
        assertThat(retried.get("errorCount").asInt()).isEqualTo(7);
    }

    @Test
    void g1RowsNamingAnUnknownOpdAreReportedNotLost() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String csv = "name,ownerOpd,applicationClass,userOpds\n"
                + "Tanpa masalah " + u + ",DISDIK,UMUM,\n"
                + "Pemilik hantu " + u + ",OPD-HANTU,UMUM,\n"
                + "Pengguna hantu " + u + ",DISDIK,UMUM,DINKES;OPD-HANTU\n";
        JsonNode job = http.awaitJob(admin(), http.importCsv(admin(), "g1.csv", csv).location());
        assertThat(job.get("totalRows").asInt()).isEqualTo(3);
        assertThat(job.get("importedCount").asInt() + job.get("errorCount").asInt()).isEqualTo(3);
        assertThat(job.get("importedCount").asInt()).isEqualTo(1);
        assertThat(problems(job.get("errors"))).containsExactlyInAnyOrder("2 ownerOpd G1", "3 userOpds G1");
        assertThat(job.get("errors").get(0).get("message").asString()).contains("OPD-HANTU");
    }

    @Test
    void a1ReimportingTheSameFileNeverCreatesDuplicates() {
        String opd = http.freshOpd("IDM");
        String csv = "name,ownerOpd,applicationClass\n"
                + "E-Kinerja," + opd + ",KHUSUS\n"
                + "SIMDA Keuangan," + opd + ",KHUSUS\n"
                + "Portal Data," + opd + ",UMUM\n";
        JsonNode first = http.awaitJob(admin(), http.importCsv(admin(), "a.csv", csv).location());
        assertThat(first.get("importedCount").asInt()).isEqualTo(3);

        // The same file again, and the same names written differently: nothing new is registered.
        String respelt = csv + "  e-kinerja  ," + opd + ",KHUSUS\n";
        JsonNode second = http.awaitJob(admin(), http.importCsv(admin(), "a.csv", respelt).location());
        assertThat(second.get("importedCount").asInt()).isZero();
        assertThat(second.get("errorCount").asInt()).isEqualTo(4);
        assertThat(second.get("errors").valueStream().map(e -> e.get("message").asString()))
                .allMatch(m -> m.contains("sudah terdaftar"));
        String firstId = first.get("importedApplicationIds").get(0).asString();
        assertThat(second.get("errors").get(0).get("message").asString()).contains(firstId);
        JsonNode apps = http.get("/api/v1/applications?opd=" + opd + "&size=50", admin()).json();
        assertThat(apps.get("totalItems").asInt()).isEqualTo(3);
    }

    @Test
    void sec1AnOperatorImportsOnlyItsOwnOpdsRowsAndOnlyItsOpdSeesTheJob() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String csv = "name,ownerOpd,applicationClass\n"
                + "Milik sendiri " + u + ",DINKES,KHUSUS\n"
                + "Tanpa pemilik " + u + ",,KHUSUS\n"
                + "Milik DISDIK " + u + ",DISDIK,KHUSUS\n";
        Reply accepted = http.importCsv(operator("DINKES"), "dinkes.csv", csv);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode job = http.awaitJob(operator("DINKES"), accepted.location());
        assertThat(job.get("importedCount").asInt()).isEqualTo(2);
        assertThat(problems(job.get("errors"))).containsExactly("3 ownerOpd SEC1");
        for (JsonNode id : job.get("importedApplicationIds")) {
            assertThat(http.get("/api/v1/applications/" + id.asString(), operator("DINKES")).json()
                    .get("ownerOpd").asString()).isEqualTo("DINKES");
        }

        String jobId = job.get("id").asString();
        Reply other = http.get(accepted.location(), operator("DISDIK"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(http.get(accepted.location() + "/errors.csv", operator("DISDIK")).status()).isEqualTo(404);
        assertThat(http.get(accepted.location(), admin()).status()).isEqualTo(200);
        assertThat(http.get(accepted.location(), auditor()).status()).isEqualTo(200);
        assertThat(ids(http.get(IMPORTS + "?size=200", operator("DISDIK")).json())).doesNotContain(jobId);
        assertThat(ids(http.get(IMPORTS + "?size=200", operator("DINKES")).json())).contains(jobId);
        assertThat(ids(http.get(IMPORTS + "?size=200", admin()).json())).contains(jobId);
    }

    /**
     * Issue 7 (actor travels with the event): the import worker used to act under an unsigned {@code alg: none} token
     * it built itself. Now the rows are registered for the uploader without any token, and the uploader still is the
     * actor in the tamper-evident history and in the published event (SEC1).
     */
    @Test
    void sec1AnImportRecordsTheUploaderAsTheActorOfEveryChangeWithoutActingUnderAToken() {
        String u = UUID.randomUUID().toString().substring(0, 6);
        Reply accepted = http.importCsv(operator("DINKES"), "aktor.csv",
                "name,ownerOpd,applicationClass\nDicatat atas nama pengunggah " + u + ",DINKES,KHUSUS\n");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode job = http.awaitJob(operator("DINKES"), accepted.location());
        String id = job.get("importedApplicationIds").get(0).asString();

        JsonNode history = http.get("/api/v1/applications/" + id + "/history", admin()).json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").get(0).get("actor").asString()).isEqualTo("operator.dinkes");
        ConsumerRecord<String, String> event = TestKafka.await("spbe.app-registry.application.v1",
                r -> id.equals(r.key()) && r.value().contains("registered"), Duration.ofSeconds(30));
        JsonNode envelope = TransferTestSupport.JSON.readTree(event.value());
        assertThat(envelope.get("actor").asString()).isEqualTo("operator.dinkes");
        assertThat(envelope.get("data").get("registeredBy").asString()).isEqualTo("operator.dinkes");
    }

    /**
     * The real Denpasar inventory (189 rows). The directory gets the Denpasar OPDs under derived codes, except the
     * three regional enterprises (PDAM, PD Parkir, PD Pasar: BUMD, not Perangkat Daerah), whose 15 rows must come
     * back as G1 errors. "Dinas Kesehatan" is mapped by Dinas to its own Denpasar code. Expected counts were worked
     * out from the file independently of this code: first 30 rows → 27 registered, 3 refused (rows 14, 18, 19 are
     * PDAM's); the whole file afterwards → 147 registered, 42 refused (15 G1 + the 27 already registered); a third
     * time → nothing registered.
     */
    @Test
    void a1TheDenpasarInventoryImportsWithExactCountsAndNeverTwice() throws IOException {
        Map<String, String> codes = registerDenpasarOpds();
        // Other test classes share this directory and may hold OPDs with the same names (e.g. "Dinas Perhubungan"),
        // which would make name resolution ambiguous; Dinas maps every Denpasar name explicitly, as it would in a
        // directory that already has its own OPDs.
        Map<String, String> mapping = new java.util.TreeMap<>(codes);
        mapping.put("Dinas Kesehatan", "DPS-DINKES");
        Map<String, String> fields = Map.of("opdMapping", tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(mapping));

        JsonNode subset = importResource("denpasar-aplikasi-first30.csv", fields);
        assertThat(subset.get("format").asString()).isEqualTo("DENPASAR_INVENTORY");
        assertThat(subset.get("totalRows").asInt()).isEqualTo(30);
        assertThat(subset.get("importedCount").asInt()).as(subset.toString()).isEqualTo(27);
        assertThat(subset.get("errorCount").asInt()).isEqualTo(3);
        assertThat(rowsWith(subset.get("errors"), "x_opd_pemilik", "G1")).containsExactly(14, 18, 19);
        assertThat(count(subset.get("warnings"), "link", "A10")).isEqualTo(18);
        assertThat(count(subset.get("warnings"), "sts_aktif", null)).isEqualTo(3);
        assertThat(count(subset.get("warnings"), "x_opd_pengguna", null)).isEqualTo(1);

        // Row 5, "Bank Data": its address is outside the region's domain, so it is kept in the description (A10).
        String bankData = subset.get("importedApplicationIds").get(4).asString();
        JsonNode app = http.get("/api/v1/applications/" + bankData, admin()).json();
        assertThat(app.get("name").asString()).isEqualTo("Bank Data");
        assertThat(app.get("ownerOpd").asString()).isEqualTo(codes.get("Dinas Komunikasi, Informatika dan Statistik"));
        assertThat(app.get("applicationClass").asString()).isEqualTo("UMUM");
        assertThat(app.get("url").isNull()).isTrue();
        assertThat(app.get("description").asString())
                .contains("(di luar domain rejanglebongkab.go.id): https://bankdata.denpasarkota.go.id/");
        String rpkam = subset.get("importedApplicationIds").get(9).asString();
        assertThat(http.get("/api/v1/applications/" + rpkam, admin()).json().get("ownerOpd").asString())
                .isEqualTo("DPS-DINKES");

        JsonNode whole = importResource("denpasar-aplikasi.csv", fields);
        assertThat(whole.get("totalRows").asInt()).isEqualTo(189);
        assertThat(whole.get("importedCount").asInt()).isEqualTo(147);
        assertThat(whole.get("errorCount").asInt()).isEqualTo(42);
        assertThat(rowsWith(whole.get("errors"), "x_opd_pemilik", "G1")).hasSize(15);
        assertThat(whole.get("errors").valueStream().filter(e -> e.get("message").asString()
                .contains("sudah terdaftar")).count()).isEqualTo(27);
        // SMS Gateway appears three times, for three different OPDs: three applications, not duplicates.
        assertThat(whole.get("errors").valueStream().map(e -> e.get("message").asString()))
                .noneMatch(m -> m.contains("SMS Gateway"));

        JsonNode third = importResource("denpasar-aplikasi.csv", fields);
        assertThat(third.get("importedCount").asInt()).isZero();
        assertThat(third.get("errorCount").asInt()).isEqualTo(189);
    }

    @Test
    void a1AJobInterruptedByARestartIsResumedWithoutLosingOrDoublingRows() {
        String opd = http.freshOpd("RSM");
        String csv = "name,ownerOpd,applicationClass\n"
                + "Satu," + opd + ",UMUM\nDua," + opd + ",UMUM\nTiga," + opd + ",UMUM\nEmpat," + opd + ",UMUM\n";
        // A runner took the job ten minutes ago, checkpointed row 1, registered row 2, then its process died.
        // (Both registrations happen before the job is stored, so the background sweeper cannot race them.)
        String one = registerAsAdmin("Satu", opd);
        String two = registerAsAdmin("Dua", opd);
        Instant longAgo = clock.instant().minus(Duration.ofMinutes(10));
        ImportJob job = ImportJob.queue(ImportFormat.REGISTER_CSV, "resume.csv", "-", ',', 4,
                new ImportJob.Requester("admin-subject", "admin.dinas", "DISKOMINFO", Set.of("DINAS_ADMIN"), true),
                Map.of(), longAgo);
        job.claim("runner-that-died", longAgo);
        job.rowImported(1, one, List.of(), longAgo);
        files.save(new ImportFile(job.id(), csv.getBytes(StandardCharsets.UTF_8), longAgo));
        jobs.save(job);

        runner.sweep();

        JsonNode resumed = http.awaitJob(admin(), IMPORTS + "/" + job.id());
        assertThat(resumed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(resumed.get("resumptions").asInt()).isEqualTo(1);
        assertThat(resumed.get("importedCount").asInt()).isEqualTo(4);
        assertThat(resumed.get("errorCount").asInt()).isZero();
        List<String> ids = resumed.get("importedApplicationIds").valueStream().map(JsonNode::asString).toList();
        assertThat(ids).hasSize(4).startsWith(one, two);
        assertThat(http.get("/api/v1/applications?opd=" + opd, admin()).json().get("totalItems").asInt())
                .isEqualTo(4);
    }

    @Test
    void a1AJobWhoseFileIsGoneAfterARestartIsMarkedFailedWithAClearMessage() {
        ImportJob job = ImportJob.queue(ImportFormat.REGISTER_CSV, "hilang.csv", "-", ',', 3,
                new ImportJob.Requester("admin-subject", "admin.dinas", "DISKOMINFO", Set.of("DINAS_ADMIN"), true),
                Map.of(), clock.instant());
        jobs.save(job);

        runner.sweep();

        JsonNode failed = http.awaitJob(admin(), IMPORTS + "/" + job.id());
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asString()).contains("Berkas impor tidak ditemukan")
                .contains("Unggah ulang");
    }

    @Test
    void badUploadsAreClear4xxNeverA500() {
        assertProblem(http.importCsv(admin(), "kosong.csv", ""), 400, "kosong");
        assertProblem(http.importCsv(admin(), "judul.csv", "name,applicationClass\n"), 400, "tidak berisi baris");
        assertProblem(http.importCsv(admin(), "kutip.csv", "name,applicationClass\n\"Tanpa penutup,UMUM\n"), 400,
                "tanda kutip");
        byte[] latin1 = "name,applicationClass\nAplikasi caf\u00e9,UMUM\n".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(http.multipart(IMPORTS, admin(), "file", "latin1.csv", "text/csv", latin1, Map.of()), 400,
                "UTF-8");
        assertProblem(http.importCsv(admin(), "asing.csv", "foo,bar\n1,2\n"), 400, "tidak dikenali");
        assertProblem(http.importCsv(admin(), "warna.csv", "name,applicationClass,colour\nX,UMUM,biru\n"), 400,
                "colour");
        StringBuilder many = new StringBuilder("name,applicationClass\n");
        for (int i = 0; i <= 5000; i++) {
            many.append("Aplikasi ").append(i).append(",UMUM\n");
        }
        assertProblem(http.importCsv(admin(), "banyak.csv", many.toString()), 400, "5001");

        assertThat(http.post(IMPORTS, admin(), "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(415);
        byte[] huge = ("name,applicationClass\n" + "x".repeat(1_100_000) + ",UMUM\n").getBytes(StandardCharsets.UTF_8);
        Reply tooLarge = http.post(IMPORTS, admin(), "text/csv", huge);
        assertProblem(tooLarge, 413, "1048576");
        assertThat(tooLarge.json().get("type").asString()).endsWith("/payload-too-large");
        assertThat(http.multipart(IMPORTS, admin(), "file", "besar.csv", "text/csv", huge, Map.of()).status())
                .isEqualTo(413);
        Reply body = http.post(IMPORTS + "?fileName=badan.csv", operator("DINKES"), "text/csv",
                "name,applicationClass\nLewat badan,KHUSUS\n".getBytes(StandardCharsets.UTF_8));
        assertThat(body.status()).as(body.toString()).isEqualTo(202);
        assertThat(body.json().get("fileName").asString()).isEqualTo("badan.csv");

        byte[] ok = "name,applicationClass\nX,UMUM\n".getBytes(StandardCharsets.UTF_8);
        assertThat(http.multipart(IMPORTS, null, "file", "a.csv", "text/csv", ok, Map.of()).status()).isEqualTo(401);
        assertThat(http.multipart(IMPORTS, auditor(), "file", "a.csv", "text/csv", ok, Map.of()).status())
                .isEqualTo(403);
        String coordinator = TestJwtIssuer.shared().user("koordinator").opd("DINKES").roles("COORDINATOR").bearer();
        assertThat(http.multipart(IMPORTS, coordinator, "file", "a.csv", "text/csv", ok, Map.of()).status())
                .isEqualTo(403);
        assertThat(http.multipart(IMPORTS, operator("DINKES"), "file", "a.csv", "text/csv", ok,
                Map.of("opdMapping", "{\"Dinas Kesehatan\": \"DINKES\"}")).status()).isEqualTo(403);
        assertProblem(http.multipart(IMPORTS, admin(), "file", "a.csv", "text/csv", ok,
                Map.of("opdMapping", "{\"Dinas Kesehatan\": 7}")), 400, "harus berupa teks");
        assertProblem(http.multipart(IMPORTS, admin(), "file", "a.csv", "text/csv", ok,
                Map.of("opdMapping", "{oops")), 400, "JSON");
        Reply unknownCode = http.multipart(IMPORTS, admin(), "file", "a.csv", "text/csv", ok,
                Map.of("opdMapping", "Dinas Kesehatan,OPD-HANTU"));
        assertThat(unknownCode.status()).isEqualTo(422);
        assertThat(unknownCode.json().get("obligation").asString()).isEqualTo("G1");
        Reply mappingFile = http.multipart(IMPORTS, admin(), List.of(
                new TransferTestSupport.Part("file", "a.csv", "text/csv", ok),
                new TransferTestSupport.Part("opdMapping", "peta.csv", "text/csv",
                        "name,code\nDinas Kesehatan,OPD-HANTU\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(mappingFile.status()).as(mappingFile.toString()).isEqualTo(422);
        assertThat(http.multipart(IMPORTS, admin(), null, null, null, null, Map.of("x", "y")).status())
                .isEqualTo(400);
        // A trailing delimiter in the header (spreadsheets write one) is not an unknown column.
        assertThat(http.importCsv(admin(), "ekor.csv", "name,applicationClass,\nEkor " + UUID.randomUUID()
                + ",UMUM,\n").status()).isEqualTo(202);
        assertProblem(http.get(IMPORTS + "/tidak-ada", admin()), 404, null);
        assertProblem(http.get(IMPORTS + "?size=999", admin()), 400, null);
    }

    private JsonNode importResource(String resource, Map<String, String> fields) {
        Reply accepted = http.multipart(IMPORTS, admin(), "file", resource, "text/csv",
                TransferTestSupport.resource(resource), fields);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode job = http.awaitJob(admin(), accepted.location());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("importedCount").asInt() + job.get("errorCount").asInt())
                .isEqualTo(job.get("totalRows").asInt());
        return job;
    }

    /**
     * Every OPD the Denpasar file names, registered under a code derived from its initials; not the three regional
     * enterprises, and "Dinas Kesehatan" under DPS-DINKES with a distinct name (the seeded DINKES has that name).
     */
    private Map<String, String> registerDenpasarOpds() throws IOException {
        Set<String> enterprises = Set.of("PDAM Kota Denpasar", "PD Parkir Kota Denpasar", "PD Pasar Kota Denpasar");
        String text = new String(TransferTestSupport.resource("denpasar-aplikasi.csv"), StandardCharsets.UTF_8);
        text = text.lines().dropWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
        Set<String> names = new java.util.TreeSet<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                names.add(record.get("x_opd_pemilik").trim());
                names.add(record.get("x_opd_pengguna").trim());
            }
        }
        names.removeIf(name -> name.isEmpty() || name.startsWith("Seluruh") || enterprises.contains(name)
                || name.equals("Dinas Kesehatan"));
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (String name : names) {
            String initials = java.util.Arrays.stream(name.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+"))
                    .map(word -> word.substring(0, 1).toUpperCase()).collect(Collectors.joining());
            String code = "DPS-" + initials;
            for (int n = 2; taken.contains(code); n++) {
                code = "DPS-" + initials + n;
            }
            taken.add(code);
            codes.put(name, code);
            http.registerOpd(code, name, kindOf(name));
        }
        http.registerOpd("DPS-DINKES", "Dinas Kesehatan Kota Denpasar", "DINAS");
        return codes;
    }

    private static String kindOf(String name) {
        if (name.startsWith("Dinas")) {
            return "DINAS";
        }
        if (name.startsWith("Badan")) {
            return "BADAN";
        }
        if (name.startsWith("Kecamatan")) {
            return "KECAMATAN";
        }
        if (name.startsWith("Rumah Sakit")) {
            return "RSUD";
        }
        if (name.startsWith("Inspektorat")) {
            return "INSPEKTORAT";
        }
        return name.startsWith("Bagian") ? "SEKRETARIAT_DAERAH" : "LAINNYA";
    }

    private String registerAsAdmin(String name, String opd) {
        var reply = id.go.spbe.platform.test.http.TestHttp.onPort(port).post("/api/v1/applications").auth(admin())
                .json(Map.of("name", name, "ownerOpd", opd, "applicationClass", "UMUM")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    /** Row problems as "row column obligation" ("-" when none). */
    private static List<String> problems(JsonNode errors) {
        return errors.valueStream().map(e -> e.get("row").asInt() + " " + text(e.get("column")) + " "
                + text(e.get("obligation"))).toList();
    }

    private static List<Integer> rowsWith(JsonNode problems, String column, String obligation) {
        return problems.valueStream().filter(p -> column.equals(text(p.get("column")))
                && (obligation == null ? "-" : obligation).equals(text(p.get("obligation"))))
                .map(p -> p.get("row").asInt()).toList();
    }

    private static long count(JsonNode problems, String column, String obligation) {
        return rowsWith(problems, column, obligation).size();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asString();
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(j -> j.get("id").asString()).toList();
    }

    private static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = format.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private static void assertProblem(Reply reply, int status, String detailContains) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        if (detailContains != null) {
            assertThat(reply.json().get("detail").asString()).contains(detailContains);
        }
    }
}
