package id.go.spbe.network.inspection;

import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertSchemaValid;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.auditor;
import static id.go.spbe.network.NetworkTestSupport.awaitEvent;
import static id.go.spbe.network.NetworkTestSupport.designate;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static id.go.spbe.network.NetworkTestSupport.today;
import static org.assertj.core.api.Assertions.assertThat;

/** Inspections over HTTP (N5): Dinas inspects any LAN, even a Mandiri TIK one; findings open and resolve. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class InspectionIntegrationTest {

    static final String TOPIC = "spbe.network.inspection.v1";
    static final String PATH = "/api/v1/inspections";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    RegionProfile region;

    TestHttp http;
    String opd;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opd = registerOpd(mongo, newOpd(), "Dinas Pariwisata Uji");
    }

    @Test
    void dinasInspectsAMandiriTikLanRecordsFindingsAndResolvesThem_N5() {
        designate(mongo, opd, "Dinas Pariwisata Uji", true);
        TestHttp.Reply device = http.post("/api/v1/lans/" + opd + "/devices").auth(operator(opd))
                .json(Map.of("name", "fw-1", "kind", "FIREWALL")).send();
        String deviceId = device.json().get("id").asString();
        LocalDate today = today(clock, region);

        TestHttp.Reply recorded = http.post(PATH).auth(admin()).json(Map.of("opd", opd,
                "inspectedOn", today.minusDays(1).toString(), "summary", "Pemeriksaan ruang server")).send();
        assertStatus(recorded, 201);
        assertThat(recorded.json().get("lanRevision").asLong()).isEqualTo(1);
        String id = recorded.json().get("id").asString();
        String base = PATH + "/" + id;

        assertRuleViolation(http.post(base + "/findings").auth(admin()).json(Map.of("title", "x", "severity", "LOW",
                "dueDate", today.plusDays(5).toString(), "deviceId", "tidak-ada")).send(), "N5");
        assertStatus(http.post(base + "/findings").auth(admin()).header("If-Match", "\"9\"").json(Map.of("title",
                "x", "severity", "LOW", "dueDate", today.plusDays(5).toString())).send(), 412);
        TestHttp.Reply opened = http.post(base + "/findings").auth(admin()).json(Map.of("title",
                "Firmware firewall usang", "severity", "HIGH", "dueDate", today.plusDays(30).toString(),
                "deviceId", deviceId)).send();
        assertStatus(opened, 201);
        assertThat(opened.json().get("openFindings").asBoolean()).isTrue();
        String findingId = opened.json().get("findings").get(0).get("id").asString();
        assertThat(opened.header("Location")).endsWith("/findings/" + findingId);
        JsonNode event = awaitEvent(TOPIC, id, "id.go.spbe.inspection.finding-opened.v1", "Firmware firewall");
        assertThat(event.get("opd").asString()).isEqualTo(opd);
        assertThat(event.get("data").get("severity").asString()).isEqualTo("HIGH");
        assertSchemaValid(event, "inspection-finding-opened.v1");
        assertSchemaValid(awaitEvent(TOPIC, id, "id.go.spbe.inspection.recorded.v1", opd), "inspection-recorded.v1");

        assertThat(http.get(PATH + "?opd=" + opd + "&openFindings=true").auth(operator(opd)).send().json()
                .get("items")).hasSize(1);
        TestHttp.Reply resolved = http.post(base + "/findings/" + findingId + "/resolve").auth(admin())
                .json(Map.of("resolution", "Firmware diperbarui")).send();
        assertStatus(resolved, 200);
        assertThat(resolved.json().get("findings").get(0).get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("openFindings").asBoolean()).isFalse();
        assertSchemaValid(awaitEvent(TOPIC, id, "id.go.spbe.inspection.finding-resolved.v1", findingId),
                "inspection-finding-resolved.v1");
        assertStatus(http.post(base + "/findings/" + findingId + "/resolve").auth(admin())
                .json(Map.of("resolution", "lagi")).send(), 409);
        assertStatus(http.post(base + "/findings/tidak-ada/resolve").auth(admin())
                .json(Map.of("resolution", "x")).send(), 404);

        TestHttp.Reply history = http.get(base + "/history").auth(operator(opd)).send();
        assertThat(history.json().get("intact").asBoolean()).isTrue();
        assertThat(history.json().get("entries")).hasSize(3);
        assertThat(http.get(PATH + "?opd=" + opd + "&openFindings=true").auth(admin()).send().json()
                .get("items")).isEmpty();
    }

    @Test
    void inspectionsOfUnknownOpdsOrInTheFutureAreRefused_N5() {
        assertRuleViolation(http.post(PATH).auth(admin()).json(Map.of("opd", "TIDAKADA",
                "inspectedOn", today(clock, region).toString(), "summary", "x")).send(), "G1");
        assertRuleViolation(http.post(PATH).auth(admin()).json(Map.of("opd", opd,
                "inspectedOn", today(clock, region).plusDays(3).toString(), "summary", "x")).send(), "N5");
    }

    @Test
    void theInspectionsExportAsCsvOneRowPerFindingScopedLikeTheList_N5() {
        LocalDate today = today(clock, region);
        String id = http.post(PATH).auth(admin()).json(Map.of("opd", opd, "inspectedOn",
                today.minusDays(2).toString(), "summary", "Cek ruang server, lantai 3")).send().json().get("id")
                .asString();
        String first = http.post(PATH + "/" + id + "/findings").auth(admin()).json(Map.of("title", "=Kabel kusut",
                "severity", "LOW", "dueDate", today.plusDays(7).toString())).send().json().get("findings").get(0)
                .get("id").asString();
        assertStatus(http.post(PATH + "/" + id + "/findings").auth(admin()).json(Map.of("title", "UPS mati",
                "severity", "HIGH", "dueDate", today.plusDays(3).toString())).send(), 201);
        String bare = http.post(PATH).auth(admin()).json(Map.of("opd", opd, "inspectedOn",
                today.minusDays(1).toString(), "summary", "Tanpa temuan")).send().json().get("id").asString();
        String other = registerOpd(mongo, newOpd(), "Dinas CSV Inspeksi Lain");
        String othersInspection = http.post(PATH).auth(admin()).json(Map.of("opd", other, "inspectedOn",
                today.toString(), "summary", "Lain")).send().json().get("id").asString();

        TestHttp.Reply csv = http.get(PATH + "/export.csv").auth(operator(opd)).send();
        assertStatus(csv, 200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("inspeksi-jaringan.csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("inspectionId,opd,inspectedOn,summary,lanRevision,inspector,recordedAt,"
                + "openFindings,findingId,title,severity,dueDate,deviceId,findingStatus,openedBy,openedAt,"
                + "resolution,resolvedBy,resolvedAt");
        // two findings → two rows of the first inspection (oldest first), one empty-finding row for the other
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(id + "," + opd + "," + today.minusDays(2)
                + ",\"Cek ruang server, lantai 3\",").contains(",true," + first + ",'=Kabel kusut,LOW,"
                + today.plusDays(7) + ",,OPEN,admin.dinas,");
        assertThat(lines.get(2)).startsWith(id + ",").contains(",UPS mati,HIGH,");
        assertThat(lines.get(3)).startsWith(bare + ",").endsWith(",false,,,,,,,,,,,");
        // scoped like the list: the operator gets no other OPD's inspection, nor may name that OPD; filter applies
        assertThat(csv.text()).doesNotContain(othersInspection);
        assertStatus(http.get(PATH + "/export.csv?opd=" + other).auth(operator(opd)).send(), 403);
        assertThat(http.get(PATH + "/export.csv").auth(auditor()).send().text()).contains(id, othersInspection);
        assertThat(http.get(PATH + "/export.csv?opd=" + opd + "&openFindings=false").auth(admin()).send().text()
                .lines()).hasSize(2).anyMatch(line -> line.startsWith(bare + ","));
    }
}
