package id.go.spbe.appregistry.transfer;

import id.go.spbe.appregistry.transfer.TransferTestSupport.Reply;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/** A1: the register exported as CSV in the layout the import reads, scoped like the list. */
@SpbeIntegrationTest
class ApplicationExportIntegrationTest {

    static final String EXPORT = "/api/v1/application-exports/applications.csv";

    @LocalServerPort
    int port;

    TransferTestSupport http;
    TestHttp api;

    @BeforeEach
    void setUp() {
        http = new TransferTestSupport(port);
        api = TestHttp.onPort(port);
    }

    @Test
    void a1AnOperatorsExportHoldsOnlyItsOwnOpdsApplicationsInTheImportLayout() throws IOException {
        String u = UUID.randomUUID().toString().substring(0, 6);
        String dinkes = register(operator("DINKES"), Map.of("name", "Ekspor Dinkes " + u, "applicationClass",
                "KHUSUS", "functionDomains", List.of("SEKTOR_KESEHATAN", "KEUANGAN"), "userOpds", List.of("DISDIK"),
                "url", "https://ekspor.rejanglebongkab.go.id",
                "maintenance", Map.of("type", "CONTRACT", "maintainer", "PT Sehat", "contractEndsOn", "2026-06-30")));
        String disdik = register(operator("DISDIK"), Map.of("name", "Ekspor Disdik " + u, "applicationClass", "UMUM"));

        Reply reply = http.get(EXPORT, operator("DINKES"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.headers().get("content-disposition")).contains("attachment").contains(".csv");
        List<CSVRecord> rows = parse(reply.body());
        assertThat(rows.get(0).toList()).containsExactly("id", "name", "description", "ownerOpd", "applicationClass",
                "userOpds", "serviceType", "functionDomains", "licenceKind", "licenceSpdx", "sourceRepositoryUrl",
                "techStack", "database", "hostingKind", "hostingReference", "url", "maintenanceType", "maintainer",
                "contractNumber", "contractEndsOn", "status", "stage", "registeredAt");
        List<CSVRecord> data = rows.subList(1, rows.size());
        assertThat(data).allMatch(row -> row.get(3).equals("DINKES"));
        assertThat(data.stream().map(row -> row.get(0))).contains(dinkes).doesNotContain(disdik);
        CSVRecord mine = data.stream().filter(row -> row.get(0).equals(dinkes)).findFirst().orElseThrow();
        assertThat(mine.get(5)).isEqualTo("DINKES;DISDIK");
        assertThat(mine.get(7)).isEqualTo("KEUANGAN;SEKTOR_KESEHATAN");
        assertThat(mine.get(16)).isEqualTo("CONTRACT");
        assertThat(mine.get(19)).isEqualTo("2026-06-30");
        assertThat(mine.get(20)).isEqualTo("DRAFT");
        assertThat(mine.get(21)).isEqualTo("REQUIREMENTS_ANALYSIS");

        // Region-wide roles export everything or one OPD; an operator may not name another OPD.
        assertThat(ids(http.get(EXPORT, admin()))).contains(dinkes, disdik);
        assertThat(ids(http.get(EXPORT, auditor()))).contains(dinkes, disdik);
        assertThat(ids(http.get(EXPORT + "?opd=DISDIK", admin()))).contains(disdik).doesNotContain(dinkes);
        assertThat(ids(http.get(EXPORT + "?opd=DINKES&applicationClass=UMUM", admin()))).doesNotContain(dinkes);
        assertThat(ids(http.get(EXPORT + "?functionDomain=SEKTOR_KESEHATAN", admin()))).contains(dinkes)
                .doesNotContain(disdik);
        Reply forbidden = http.get(EXPORT + "?opd=DISDIK", operator("DINKES"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(http.get(EXPORT, null).status()).isEqualTo(401);
        assertThat(http.get(EXPORT + "?status=HIDUP", admin()).status()).isEqualTo(400);
    }

    @Test
    void a1CellsASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
        String opd = http.freshOpd("CSVI");
        String formula = "=HYPERLINK(\"http://evil.example\",\"klik\")";
        register(admin(), Map.of("name", formula, "ownerOpd", opd, "applicationClass", "UMUM",
                "description", "-1+1 @SUM(A1:A2)"));
        List<CSVRecord> rows = parse(http.get(EXPORT + "?opd=" + opd, admin()).body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo("'" + formula);
        assertThat(rows.get(1).get(2)).isEqualTo("'-1+1 @SUM(A1:A2)");
    }

    /**
     * Export then import into the same region: every application would be a duplicate, so the idempotency rule
     * (same owner OPD and name = already registered) must refuse all of them, and a renamed row is the only new one.
     */
    @Test
    void a1AnExportImportedBackIsRecognisedAsAlreadyRegistered() throws IOException {
        String opd = http.freshOpd("RTRIP");
        register(admin(), Map.of("name", "=Rumus Nama", "ownerOpd", opd, "applicationClass", "UMUM"));
        register(admin(), Map.of("name", "SIKD", "ownerOpd", opd, "applicationClass", "KHUSUS",
                "functionDomains", List.of("KEARSIPAN_DINAMIS"), "licence", Map.of("kind", "OPEN_SOURCE",
                        "spdxId", "GPL-3.0-only"), "techStack", List.of("PHP", "MySQL")));
        register(admin(), Map.of("name", "E-Surat", "ownerOpd", opd, "applicationClass", "KHUSUS",
                "hosting", Map.of("kind", "PUSAT_DATA_VPS", "reference", "vps-17")));
        String exported = http.get(EXPORT + "?opd=" + opd, admin()).body();

        JsonNode back = http.awaitJob(admin(), http.importCsv(admin(), "ekspor.csv", exported).location());
        assertThat(back.get("totalRows").asInt()).isEqualTo(3);
        assertThat(back.get("importedCount").asInt()).isZero();
        assertThat(back.get("errorCount").asInt()).isEqualTo(3);
        assertThat(back.get("errors").valueStream().map(e -> e.get("message").asString()))
                .allMatch(m -> m.contains("sudah terdaftar"));

        String renamed = exported.replace("E-Surat", "E-Surat Versi 2");
        JsonNode second = http.awaitJob(admin(), http.importCsv(admin(), "ekspor.csv", renamed).location());
        assertThat(second.get("importedCount").asInt()).isEqualTo(1);
        JsonNode copy = http.get("/api/v1/applications/" + second.get("importedApplicationIds").get(0).asString(),
                admin()).json();
        assertThat(copy.get("name").asString()).isEqualTo("E-Surat Versi 2");
        assertThat(copy.get("status").asString()).isEqualTo("DRAFT");
        assertThat(copy.get("hosting").get("reference").asString()).isEqualTo("vps-17");
        assertThat(api.get("/api/v1/applications?opd=" + opd).auth(admin()).send().json().get("totalItems").asInt())
                .isEqualTo(4);
    }

    private String register(String token, Map<String, Object> body) {
        TestHttp.Reply reply = api.post("/api/v1/applications").auth(token).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private static List<String> ids(Reply reply) throws IOException {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return parse(reply.body()).stream().skip(1).map(row -> row.get(0)).toList();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
