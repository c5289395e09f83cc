package id.go.spbe.datacenter;

import id.go.spbe.platform.test.http.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.machine;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never gives a 5xx, per controller family: malformed JSON and wrongly typed or missing fields are a 400
 * naming the field, a wrong media type a 415, unusable query parameters a 400 naming the parameter.
 */
@DatacenterIntegrationTest
class BadInputSweepTest {

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    /** Writable endpoints with the caller allowed to use them, and one field each that must be there. */
    record Write(String path, String token, String requiredField, String typedField) {
    }

    List<Write> writes() {
        String anyId = "00000000-0000-0000-0000-000000000000";
        return List.of(
                new Write("/api/v1/data-centers", admin(), "code", "code"),
                new Write("/api/v1/data-centers/" + MAIN + "/link-status", admin(), "upstream", "status"),
                new Write("/api/v1/os-images", admin(), "code", "family"),
                new Write("/api/v1/os-images/debian-12/retire", admin(), "reason", "reason"),
                new Write("/api/v1/vps-requests", admin(), "applicationId", "vcpu"),
                new Write("/api/v1/vps-requests/" + anyId + "/reject", admin(), "reason", "reason"),
                new Write("/api/v1/vps-requests/" + anyId + "/provision", admin(), "hostname", "handover"),
                new Write("/api/v1/vps-requests/" + anyId + "/renew", admin(), "until", "until"),
                new Write("/api/v1/vps-requests/" + anyId + "/request-resize", admin(), "vcpu", "ramGib"),
                new Write("/api/v1/vps-requests/" + anyId + "/decommission", admin(), "reason", "reason"),
                new Write("/api/v1/racks", admin(), "dataCenter", "heightU"),
                new Write("/api/v1/colocations", admin(), "rackId", "startU"),
                new Write("/api/v1/colocations/" + anyId + "/release", admin(), "reason", "reason"),
                new Write("/api/v1/backup-policies", admin(), "systemKind", "frequencyHours"),
                new Write("/api/v1/backup-policies/" + anyId + "/retire", admin(), "reason", "reason"),
                new Write("/api/v1/backup-policies/" + anyId + "/restore-tests", admin(), "testedOn",
                        "durationMinutes"),
                new Write("/api/v1/backup-runs", machine("DINKES"), "policyId", "startedAt"),
                new Write("/api/v1/monitors", admin(), "name", "intervalSeconds"),
                new Write("/api/v1/monitors/" + anyId + "/maintenance-windows", admin(), "from", "until"),
                new Write("/api/v1/placements/declared", admin(), "location", "location"),
                new Write("/api/v1/placements/declared/" + anyId + "/withdraw", admin(), "reason", "reason"),
                // D7 consents (the owner OPD's operator) and the D8 dataset register
                new Write("/api/v1/custody-consents", operator("DINKES"), "actions", "validFrom"),
                new Write("/api/v1/custody-consents/" + anyId + "/revoke", operator("DINKES"), "reason", "reason"),
                new Write("/api/v1/datasets", admin(), "name", "systemKind"),
                new Write("/api/v1/datasets/" + anyId + "/reclassify", operator("DINKES"), "classification",
                        "reason"));
    }

    @Test
    void malformedMissingAndWronglyTypedBodiesAre400NamingTheFieldAndAWrongMediaTypeIs415() {
        List<String> wrong = new ArrayList<>();
        for (Write w : writes()) {
            check(wrong, w.path() + " malformed", http.post(w.path()).auth(w.token()).json("{\"a\":").send(), 400,
                    null);
            check(wrong, w.path() + " missing " + w.requiredField(), http.post(w.path()).auth(w.token())
                    .json(Map.of()).send(), 400, w.requiredField());
            check(wrong, w.path() + " mistyped " + w.typedField(), http.post(w.path()).auth(w.token())
                    .json(Map.of(w.typedField(), List.of(1, 2))).send(), 400, w.typedField());
            check(wrong, w.path() + " as text", http.post(w.path()).auth(w.token()).body("text/plain", "hallo")
                    .send(), 415, null);
        }
        check(wrong, "PUT monitor mistyped", http.put("/api/v1/monitors/00000000-0000-0000-0000-000000000000")
                .auth(admin()).json(Map.of("sloPercent", "tinggi")).send(), 400, "sloPercent");
        check(wrong, "PUT OS image mistyped", http.put("/api/v1/os-images/debian-12").auth(admin())
                .json(Map.of("endOfSupport", "besok")).send(), 400, "endOfSupport");
        check(wrong, "PUT data center mistyped", http.put("/api/v1/data-centers/" + MAIN).auth(admin())
                .json(Map.of("capacity", "banyak")).send(), 400, "capacity");
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNestedFieldOutOfRangeIsNamedByItsPath() {
        Map<String, Object> form = DatacenterTestSupport.dataCenterForm("X", "DISASTER_RECOVERY", 1, 1, 10, 0.5, 1.0);
        TestHttp.Reply reply = http.post("/api/v1/data-centers").auth(admin()).json(Map.of("code", "PD-SALAH",
                "dataCenter", form)).send();
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("pointer").asString())
                .isEqualTo("/dataCenter/capacity/vcpuOvercommit");
        // an image code must be a lower-case code (an unknown or retired one is a rule, 422 D4: OsImageIntegrationTest)
        TestHttp.Reply image = http.post("/api/v1/os-images").auth(admin()).json(Map.of("code", "Windows XP",
                "name", "Windows", "version", "XP", "family", "WINDOWS")).send();
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void unusableQueryParametersAre400NamingTheParameter() {
        List<String> wrong = new ArrayList<>();
        for (String list : List.of("/api/v1/data-centers", "/api/v1/vps-requests", "/api/v1/colocations",
                "/api/v1/backup-policies", "/api/v1/backup-runs", "/api/v1/backup-compliance",
                "/api/v1/backup-compliance/opds", "/api/v1/backup-compliance/applications", "/api/v1/capacity", "/api/v1/monitors",
                "/api/v1/monitors/reports?year=2026", "/api/v1/monitors/reports/opds?year=2026",
                "/api/v1/placements/declared", "/api/v1/racks?dataCenter=" + MAIN, "/api/v1/custody-consents",
                "/api/v1/datasets", "/api/v1/dataset-access")) {
            String sep = list.contains("?") ? "&" : "?";
            check(wrong, list + " size", http.get(list + sep + "size=500").auth(admin()).send(), 400, "size");
            check(wrong, list + " page", http.get(list + sep + "page=-1").auth(admin()).send(), 400, "page");
            check(wrong, list + " page type", http.get(list + sep + "page=satu").auth(admin()).send(), 400, "page");
        }
        check(wrong, "vps status", http.get("/api/v1/vps-requests?status=GAIB").auth(admin()).send(), 400,
                "status");
        check(wrong, "vps sort", http.get("/api/v1/vps-requests?sort=password").auth(admin()).send(), 400, "sort");
        check(wrong, "declared status", http.get("/api/v1/placements/declared?status=GAIB").auth(admin()).send(),
                400, "status");
        check(wrong, "consent status", http.get("/api/v1/custody-consents?status=GAIB").auth(admin()).send(), 400,
                "status");
        check(wrong, "consent sort", http.get("/api/v1/custody-consents?sort=letterNumber").auth(admin()).send(),
                400, "sort");
        check(wrong, "dataset sort", http.get("/api/v1/datasets?sort=description").auth(admin()).send(), 400,
                "sort");
        check(wrong, "monitors active", http.get("/api/v1/monitors?active=kadang").auth(admin()).send(), 400,
                "active");
        check(wrong, "monitors sort", http.get("/api/v1/monitors?sort=target").auth(admin()).send(), 400, "sort");
        for (String report : List.of("/api/v1/monitors/reports", "/api/v1/monitors/reports/opds",
                "/api/v1/monitors/reports/export.csv", "/api/v1/monitors/reports/opds/export.csv",
                "/api/v1/monitors/reports/report.pdf")) {
            check(wrong, report + " without year", http.get(report).auth(admin()).send(), 400, "year");
            check(wrong, report + " year type", http.get(report + "?year=dua-ribu").auth(admin()).send(), 400,
                    "year");
            check(wrong, report + " month 13", http.get(report + "?year=2026&month=13").auth(admin()).send(), 400,
                    "month");
        }
        for (String review : List.of("/api/v1/usage-reviews", "/api/v1/usage-reviews/export.csv",
                "/api/v1/usage-reviews/report.pdf")) {
            check(wrong, review + " without year", http.get(review).auth(admin()).send(), 400, "year");
            check(wrong, review + " year type", http.get(review + "?year=dua-ribu").auth(admin()).send(), 400,
                    "year");
            check(wrong, review + " year 1999", http.get(review + "?year=1999").auth(admin()).send(), 400, "year");
        }
        check(wrong, "racks without data center", http.get("/api/v1/racks").auth(admin()).send(), 400,
                "dataCenter");
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, String what, TestHttp.Reply reply, int status, String field) {
        if (reply.status() != status || !reply.contentType().startsWith("application/problem+json")) {
            wrong.add(what + ": " + reply.status() + " " + reply.text());
            return;
        }
        if (field != null) {
            // The platform names a mistyped or missing query parameter in detail only (no errors[]), see report.
            String errors = reply.json().path("errors").toString();
            String detail = reply.json().path("detail").asString();
            if (!errors.contains("\"" + field + "\"") && !errors.contains("/" + field)
                    && !detail.contains("'" + field + "'")) {
                wrong.add(what + ": errors do not name " + field + ": " + reply.text());
            }
        }
    }
}
