package id.go.spbe.datacenter;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.coordinator;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.machine;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC1: every endpoint × every caller — Dinas, an operator of the owning OPD, an operator of another OPD, an auditor,
 * a coordinator, the owning OPD's machine client, nobody. "ok" means the caller got past role and scope (the answer
 * is then whatever the state says: 200, 409, 412, 422); 403 a role refusal; 404 another OPD's record; 401 no token.
 * The records used are in final states, so no call of the matrix changes anything.
 */
@DatacenterIntegrationTest
class AuthorizationMatrixTest {

    static final String OK = "ok";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    TestHttp http;

    static Fixture fixture;

    /** Records in final states, owned by OPD {@code a} (and the Mandiri TIK OPD {@code m}). */
    record Fixture(String a, String m, String other, String vps, String rack, String colocation, String policy,
            String monitor, String declared, String consent, String dataset, String image) {
    }

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
        if (fixture == null) {
            fixture = build();
        }
    }

    Fixture build() {
        String a = newOpdCode("MATRIKS");
        String m = newOpdCode("MANDIRI");
        String other = newOpdCode("LAIN");
        opd(mongo, a, false);
        opd(mongo, m, true);
        opd(mongo, other, false);
        String app = application(mongo, a, "SIMATRIKS");
        String vps = http.post("/api/v1/vps-requests").auth(operator(a)).json(Map.of("applicationId", app, "vcpu",
                1, "ramGib", 1, "diskGib", 10, "osImage", "debian-12", "purpose", "Uji matriks")).send().json()
                .get("id").asString();
        http.post("/api/v1/vps-requests/" + vps + "/reject").auth(admin()).json(Map.of("reason", "Uji")).send();
        String rack = http.post("/api/v1/racks").auth(admin()).json(Map.of("dataCenter", MAIN, "name",
                "M" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(), "heightU", 42, "maxPowerKw", 5.0))
                .send().json().get("id").asString();
        String colocation = http.post("/api/v1/colocations").auth(operator(m)).json(Map.of("rackId", rack,
                "startU", 1, "heightU", 1, "powerKw", 0.2, "purpose", "Uji")).send().json().get("id").asString();
        http.post("/api/v1/colocations/" + colocation + "/release").auth(admin()).json(Map.of("reason", "Uji"))
                .send();
        String policy = http.post("/api/v1/backup-policies").auth(operator(a)).json(Map.of("systemKind",
                "APPLICATION", "systemId", app, "frequencyHours", 24, "retentionDays", 30, "rpoHours", 24,
                "offsiteCopy", true)).send().json().get("id").asString();
        http.post("/api/v1/backup-policies/" + policy + "/retire").auth(admin()).json(Map.of("reason", "Uji"))
                .send();
        Map<String, Object> monitorForm = new LinkedHashMap<>(Map.of("name", "Matriks", "target",
                "tcp://127.0.0.1:9"));
        TestHttp.Reply monitor = http.post("/api/v1/monitors").auth(operator(a)).json(monitorForm).send();
        monitorForm.put("active", false); // paused: no probe of another test changes it
        http.put("/api/v1/monitors/" + monitor.json().get("id").asString()).auth(admin())
                .header("If-Match", monitor.header("ETag")).json(monitorForm).send();
        String declared = http.post("/api/v1/placements/declared").auth(operator(a)).json(Map.of("name", "Lama",
                "location", "OPD_PREMISES")).send().json().get("id").asString();
        http.post("/api/v1/placements/declared/" + declared + "/withdraw").auth(admin())
                .json(Map.of("reason", "Uji")).send();
        // D7: OPD a lets Dinas act on all its data (so Dinas's rows reach the state checks), and has one revoked
        // consent for the consent rows; D8: one dataset on its application.
        DatacenterTestSupport.consentForDinas(http, clock, a, "RESTORE_TEST",
                "DECOMMISSION_VPS", "DATASET_ACCESS");
        String revoked = DatacenterTestSupport.consentForDinas(http, clock, a, "RESTORE_TEST");
        http.post("/api/v1/custody-consents/" + revoked + "/letter").auth(operator(a)).multipart(letter()).send();
        http.post("/api/v1/custody-consents/" + revoked + "/revoke").auth(operator(a)).json(Map.of("reason", "Uji"))
                .send();
        String dataset = http.post("/api/v1/datasets").auth(operator(a)).json(Map.of("name", "Data uji",
                "systemKind", "APPLICATION", "systemId", app, "classification", "TERBATAS", "owner", "Sekretariat"))
                .send().json().get("id").asString();
        String image = "matriks-" + UUID.randomUUID().toString().substring(0, 6);
        http.post("/api/v1/os-images").auth(admin()).json(Map.of("code", image, "name", "Matriks", "version", "1",
                "family", "OTHER")).send();
        http.post("/api/v1/os-images/" + image + "/retire").auth(admin()).json(Map.of("reason", "Uji")).send();
        return new Fixture(a, m, other, vps, rack, colocation, policy, monitor.json().get("id").asString(),
                declared, revoked, dataset, image);
    }

    /** A consent letter as the multipart body of an upload row. */
    static List<TestHttp.Part> letter() {
        return List.of(TestHttp.Part.file("file", "surat.pdf", "application/pdf",
                id.go.spbe.platform.documents.TestPdfs.unsigned("SURAT PERSETUJUAN")));
    }

    /** The callers, in the column order of the expectations. */
    List<String> callers(Fixture f) {
        List<String> tokens = new ArrayList<>();
        tokens.add(admin());
        tokens.add(operator(f.a()));
        tokens.add(operator(f.other()));
        tokens.add(auditor());
        tokens.add(coordinator());
        tokens.add(machine(f.a()));
        tokens.add(null);
        return tokens;
    }

    static final List<String> COLUMNS = List.of("dinas", "operator", "other-opd", "auditor", "coordinator",
            "machine", "anonymous");

    record Row(String method, String path, Object body, List<String> expected) {
    }

    static Row row(String method, String path, Object body, String... expected) {
        return new Row(method, path, body, List.of(expected));
    }

    @Test
    void sec1EveryEndpointAnswersEachRoleAndOpdAsTheMatrixSays() {
        Fixture f = fixture;
        String v = "/api/v1/vps-requests/" + f.vps();
        String p = "/api/v1/backup-policies/" + f.policy();
        Map<String, Object> dc = DatacenterTestSupport.dataCenterForm("X", "DISASTER_RECOVERY", 1, 1, 10, 1.0, 1.0);
        Map<String, Object> vpsForm = Map.of("opd", f.a(), "applicationId", "tak-terdaftar", "vcpu", 1, "ramGib", 1,
                "diskGib", 10, "osImage", "debian-12", "purpose", "x");
        Map<String, Object> reason = Map.of("reason", "uji matriks");
        Map<String, Object> resize = Map.of("vcpu", 2, "ramGib", 2, "diskGib", 20, "reason", "x");
        Map<String, Object> provision = Map.of("hostname", "x.vps", "ipAddress", "10.99.0.1", "handover",
                Map.of("handedTo", "x", "method", "IN_PERSON"));
        Map<String, Object> colocation = Map.of("rackId", f.rack(), "opd", f.m(), "startU", 50 - 10, "heightU", 5,
                "powerKw", 0.1, "purpose", "x");
        Map<String, Object> policyForm = Map.of("opd", f.a(), "systemKind", "APPLICATION", "systemId",
                "tak-terdaftar", "frequencyHours", 24, "retentionDays", 30, "rpoHours", 24, "offsiteCopy", true);
        Map<String, Object> run = new LinkedHashMap<>(Map.of("policyId", f.policy(), "startedAt",
                Instant.now().minusSeconds(3600).toString(), "durationSeconds", 60, "sizeBytes", 10, "checksum",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "result", "SUCCESS"));

        String mon = "/api/v1/monitors/" + f.monitor();
        Map<String, Object> monitorForm = Map.of("opd", f.a(), "name", "x", "target", "https://127.0.0.1/",
                "applicationId", "tak-terdaftar");
        Map<String, Object> pastWindow = Map.of("from", "2020-01-01T00:00:00Z", "until", "2020-01-01T01:00:00Z",
                "reason", "x");

        List<Row> rows = List.of(
                //                                            dinas operator other auditor coord machine anon
                row("POST", "/api/v1/data-centers", Map.of("code", MAIN, "dataCenter", dc),
                        OK, "403", "403", "403", "403", "403", "401"),
                row("PUT", "/api/v1/data-centers/" + MAIN + "?stale", dc, OK, "403", "403", "403", "403", "403",
                        "401"),
                row("POST", "/api/v1/data-centers/" + MAIN + "/link-status", Map.of("upstream", "NATIONAL",
                        "status", "CONNECTED"), OK, "403", "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/data-centers", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/data-centers/" + MAIN, null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/data-centers/" + MAIN + "/capacity", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/data-centers/" + MAIN + "/history", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/capacity", null, OK, OK, OK, OK, OK, OK, "401"),

                // D4: Dinas keeps the OS image catalogue; every signed-in caller reads it. The retired image
                // answers Dinas's writes with 409, so the matrix changes nothing.
                row("POST", "/api/v1/os-images", Map.of("code", "debian-12", "name", "Debian", "version", "12",
                        "family", "LINUX"), OK, "403", "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/os-images", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/os-images/" + f.image(), null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/os-images/" + f.image() + "/history", null, OK, OK, OK, OK, OK, OK, "401"),
                row("PUT", "/api/v1/os-images/" + f.image(), Map.of("name", "x", "version", "1", "family", "OTHER"),
                        OK, "403", "403", "403", "403", "403", "401"),
                row("POST", "/api/v1/os-images/" + f.image() + "/retire", reason, OK, "403", "403", "403", "403",
                        "403", "401"),

                row("POST", "/api/v1/vps-requests", vpsForm, OK, OK, "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/vps-requests", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", v, null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", v + "/history", null, OK, OK, "404", OK, OK, OK, "401"),
                row("POST", v + "/approve", Map.of(), OK, "403", "403", "403", "403", "403", "401"),
                row("POST", v + "/reject", reason, OK, "403", "403", "403", "403", "403", "401"),
                row("POST", v + "/provision", provision, OK, "403", "403", "403", "403", "403", "401"),
                row("POST", v + "/activate", null, OK, OK, "404", "403", "403", "403", "401"),
                row("POST", v + "/renew", Map.of("until", "2030-01-01"), OK, OK, "404", "403", "403", "403", "401"),
                row("POST", v + "/request-resize", resize, OK, OK, "404", "403", "403", "403", "401"),
                row("POST", v + "/approve-resize", null, OK, "403", "403", "403", "403", "403", "401"),
                row("POST", v + "/reject-resize", reason, OK, "403", "403", "403", "403", "403", "401"),
                row("POST", v + "/decommission", reason, OK, OK, "404", "403", "403", "403", "401"),

                row("POST", "/api/v1/racks", Map.of("dataCenter", "PD-TIDAK-ADA", "name", "R1", "heightU", 42,
                        "maxPowerKw", 5.0), OK, "403", "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/racks?dataCenter=" + MAIN, null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/racks/" + f.rack(), null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/racks/" + f.rack() + "/elevation", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/racks/" + f.rack() + "/history", null, OK, "403", "403", OK, OK, "403", "401"),
                row("POST", "/api/v1/colocations", colocation, OK, "403", "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/colocations", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/colocations/" + f.colocation(), null, OK, "404", "404", OK, OK, "404", "401"),
                row("POST", "/api/v1/colocations/" + f.colocation() + "/release", reason, OK, "404", "404", "403",
                        "403", "403", "401"),

                row("POST", "/api/v1/backup-policies", policyForm, OK, OK, "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/backup-policies", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", p, null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", p + "/history", null, OK, OK, "404", OK, OK, OK, "401"),
                row("POST", p + "/restore-tests", Map.of("testedOn", "2026-01-01", "durationMinutes", 10,
                        "result", "PASSED"), OK, OK, "404", "403", "403", "403", "401"),
                row("GET", p + "/restore-tests", null, OK, OK, "404", OK, OK, OK, "401"),
                row("POST", p + "/retire", reason, OK, OK, "404", "403", "403", "403", "401"),
                row("POST", "/api/v1/backup-runs", run, OK, "403", "403", "403", "403", OK, "401"),
                row("GET", "/api/v1/backup-runs", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/backup-runs?policyId=" + f.policy(), null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", "/api/v1/backup-compliance", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/backup-compliance/export.csv", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/vps-requests/export.csv", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/backup-compliance/applications", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/backup-compliance/opds", null, OK, OK, OK, OK, OK, OK, "401"),

                row("POST", "/api/v1/monitors", monitorForm, OK, OK, "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/monitors", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", mon, null, OK, OK, "404", OK, OK, OK, "401"),
                row("PUT", mon + "?stale", Map.of("name", "x", "target", "tcp://127.0.0.1:9"), OK, OK, "404", "403",
                        "403", "403", "401"),
                row("POST", mon + "/maintenance-windows", pastWindow, OK, OK, "404", "403", "403", "403", "401"),
                row("GET", mon + "/history", null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", mon + "/report?year=2026", null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", "/api/v1/monitors/reports?year=2026", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/monitors/reports/export.csv?year=2026&month=11", null, OK, OK, OK, OK, OK, OK,
                        "401"),
                row("GET", "/api/v1/monitors/reports/opds?year=2026", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/monitors/reports/opds/export.csv?year=2026", null, OK, OK, OK, OK, OK, OK,
                        "401"),
                row("GET", "/api/v1/monitors/reports/report.pdf?year=2026&month=11", null, OK, OK, OK, OK, OK, OK,
                        "401"),
                row("GET", "/api/v1/monitors/reports/report.pdf?year=2026&opd=" + f.a(), null, OK, OK, "403", OK, OK,
                        OK, "401"),

                // D5: an operator (either OPD) gets its own section; machine clients have no business here
                row("GET", "/api/v1/usage-reviews?year=2026", null, OK, OK, OK, OK, OK, "403", "401"),
                row("GET", "/api/v1/usage-reviews/export.csv?year=2026", null, OK, OK, OK, OK, OK, "403", "401"),
                row("GET", "/api/v1/usage-reviews/report.pdf?year=2026", null, OK, OK, OK, OK, OK, "403", "401"),
                // D5 freeze: Dinas only; the current year answers Dinas 422 (not closed), so nothing is frozen
                row("POST", "/api/v1/usage-reviews/2100/snapshot", null, OK, "403", "403", "403", "403", "403",
                        "401"),

                row("GET", "/api/v1/placements?opd=" + f.a(), null, OK, OK, "403", OK, OK, OK, "401"),
                row("POST", "/api/v1/placements/declared", Map.of("opd", f.a(), "name", "x", "applicationId",
                        "tak-terdaftar", "location", "OTHER"), OK, OK, "403", "403", "403", "403", "401"),
                row("GET", "/api/v1/placements/declared", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/placements/declared/" + f.declared(), null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", "/api/v1/placements/declared/" + f.declared() + "/history", null, OK, OK, "404", OK, OK,
                        OK, "401"),
                row("POST", "/api/v1/placements/declared/" + f.declared() + "/withdraw", reason, OK, OK, "404",
                        "403", "403", "403", "401"),

                // D7: only an OPD's operator grants or revokes, for its own OPD; the past period answers 422.
                row("POST", "/api/v1/custody-consents", Map.of("actions", List.of("RESTORE_TEST"), "allSystems", true,
                        "validFrom", "2020-01-01", "validUntil", "2020-12-31"), "403", OK, OK, "403", "403", "403",
                        "401"),
                row("GET", "/api/v1/custody-consents", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/custody-consents?opd=" + f.a(), null, OK, OK, "403", OK, OK, OK, "401"),
                row("GET", "/api/v1/custody-consents/" + f.consent(), null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", "/api/v1/custody-consents/" + f.consent() + "/history", null, OK, OK, "404", OK, OK, OK,
                        "401"),
                row("POST", "/api/v1/custody-consents/" + f.consent() + "/revoke", reason, "403", OK, "404", "403",
                        "403", "403", "401"),
                // D7 × SEC3: the letter is the owner OPD's (revoked here: its operator reaches the 409)
                row("POST", "/api/v1/custody-consents/" + f.consent() + "/letter", letter(), "403", OK, "404",
                        "403", "403", "403", "401"),
                row("GET", "/api/v1/custody-consents/" + f.consent() + "/letter", null, OK, OK, "404", OK, OK, OK,
                        "401"),
                // D8: the register, a logged read, the owner's classification, the access log.
                row("POST", "/api/v1/datasets", Map.of("opd", f.a(), "name", "x", "systemKind", "APPLICATION",
                        "systemId", "tak-terdaftar", "classification", "BIASA", "owner", "x"), OK, OK, "403", "403",
                        "403", "403", "401"),
                row("GET", "/api/v1/datasets", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/datasets/levels", null, OK, OK, OK, OK, OK, OK, "401"),
                row("GET", "/api/v1/datasets/" + f.dataset(), null, OK, OK, "404", OK, OK, OK, "401"),
                row("GET", "/api/v1/datasets/" + f.dataset() + "/history", null, OK, OK, "404", OK, OK, OK, "401"),
                row("POST", "/api/v1/datasets/" + f.dataset() + "/reclassify", Map.of("classification", "TERBATAS",
                        "reason", "x"), "403", OK, "404", "403", "403", "403", "401"),
                row("GET", "/api/v1/dataset-access?opd=" + f.a(), null, OK, OK, "403", OK, OK, OK, "401"),
                row("GET", "/api/v1/dataset-access?datasetId=" + f.dataset(), null, OK, OK, "404", OK, OK, OK,
                        "401"));

        List<String> tokens = callers(f);
        List<String> mismatches = new ArrayList<>();
        for (Row r : rows) {
            for (int i = 0; i < tokens.size(); i++) {
                String path = r.path().replace("?stale", "");
                TestHttp.Call call = switch (r.method()) {
                    case "GET" -> http.get(path);
                    case "PUT" -> http.put(path).header("If-Match", "\"-1\"");
                    default -> http.post(path);
                };
                if (tokens.get(i) != null) {
                    call.auth(tokens.get(i));
                }
                @SuppressWarnings("unchecked")
                TestHttp.Reply reply = r.body() == null ? call.send() : r.body() instanceof List<?> parts
                        ? call.multipart((List<TestHttp.Part>) parts).send() : call.json(r.body()).send();
                String expected = r.expected().get(i);
                boolean matches = expected.equals(OK)
                        ? !List.of(401, 403, 404).contains(reply.status()) && reply.status() < 500
                        : String.valueOf(reply.status()).equals(expected);
                if (!matches) {
                    mismatches.add(r.method() + " " + path + " as " + COLUMNS.get(i) + ": expected " + expected
                            + ", got " + reply.status() + " " + reply.text());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
