package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.time.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.datacenter.DatacenterTestSupport.MAIN;
import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertProblem;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.auditor;
import static id.go.spbe.datacenter.DatacenterTestSupport.decommissionApplication;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static id.go.spbe.datacenter.DatacenterTestSupport.smallSite;
import static org.assertj.core.api.Assertions.assertThat;

/** D4, A1: VPS requests through HTTP, in Rejang Lebong (the default profile: own servers for Mandiri TIK only). */
@DatacenterIntegrationTest
class VpsWorkflowIntegrationTest {

    static final String TOPIC = "spbe.datacenter.vps.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    static Map<String, Object> form(String applicationId, int vcpu, int ramGib, int diskGib) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("applicationId", applicationId);
        form.put("vcpu", vcpu);
        form.put("ramGib", ramGib);
        form.put("diskGib", diskGib);
        form.put("osImage", "ubuntu-24.04");
        form.put("purpose", "Server aplikasi dan basis data");
        return form;
    }

    TestHttp.Reply submit(String opd, String applicationId, int vcpu, int ramGib, int diskGib) {
        return http.post("/api/v1/vps-requests").auth(operator(opd)).json(form(applicationId, vcpu, ramGib, diskGib))
                .send();
    }

    String submitted(String opd, String applicationId, int vcpu, int ramGib, int diskGib) {
        TestHttp.Reply reply = submit(opd, applicationId, vcpu, ramGib, diskGib);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    TestHttp.Reply step(String token, String id, String verb, Object body) {
        TestHttp.Call call = http.post("/api/v1/vps-requests/" + id + "/" + verb).auth(token);
        return body == null ? call.send() : call.json(body).send();
    }

    TestHttp.Reply stepIfMatch(String token, String id, String verb, Object body, String etag) {
        TestHttp.Call call = http.post("/api/v1/vps-requests/" + id + "/" + verb).auth(token).header("If-Match", etag);
        return body == null ? call.send() : call.json(body).send();
    }

    long allocatedVcpu(String dataCenter) {
        return http.get("/api/v1/data-centers/" + dataCenter + "/capacity").auth(admin()).send().json()
                .get("allocated").get("vcpu").asLong();
    }

    Map<String, Object> provisionForm(String host, String ip) {
        return Map.of("hostname", host, "ipAddress", ip, "handover", Map.of("handedTo", "Budi, pengelola TIK",
                "method", "IN_PERSON"));
    }

    @Test
    void d4TheWholeLifeCycleIsPublishedHistoriedAndHoldsCapacityUntilRetired() {
        String opd = newOpdCode("DINKES");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIMPUS");
        long before = allocatedVcpu(MAIN);

        TestHttp.Reply created = submit(opd, app, 4, 8, 200);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(created.json().get("applicationName").asString()).isEqualTo("SIMPUS");
        JsonNode requested = published(TOPIC, id, "id.go.spbe.vps.requested.v1");
        assertThat(requested.get("opd").asString()).isEqualTo(opd);

        TestHttp.Reply approved = stepIfMatch(admin(), id, "approve", Map.of("note", "Sesuai kapasitas"),
                created.header("ETag"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("dataCenter").asString()).isEqualTo(MAIN);
        assertThat(allocatedVcpu(MAIN)).isEqualTo(before + 4);
        published(TOPIC, id, "id.go.spbe.vps.approved.v1");

        // The body carries a password the staff should not have sent: it is neither stored nor echoed.
        Map<String, Object> provision = new LinkedHashMap<>(provisionForm("simpus-" + opd.toLowerCase()
                + ".vps.rejanglebongkab.go.id", "10.20." + (id.hashCode() & 0x7f) + ".15"));
        provision.put("password", "Rahasia-S3cret!");
        TestHttp.Reply provisioned = step(admin(), id, "provision", provision);
        assertThat(provisioned.status()).as(provisioned.text()).isEqualTo(200);
        assertThat(provisioned.text()).doesNotContain("Rahasia-S3cret!");
        JsonNode handover = provisioned.json().get("provisioning");
        assertThat(handover.get("handedTo").asString()).isEqualTo("Budi, pengelola TIK");
        assertThat(handover.get("handedBy").asString()).isEqualTo("admin.dinas");
        assertThat(handover.get("handoverMethod").asString()).isEqualTo("IN_PERSON");
        assertThat(mongo.findById(id, Document.class, "vps_requests").toJson()).doesNotContain("Rahasia-S3cret!");
        JsonNode provisionedEvent = published(TOPIC, id, "id.go.spbe.vps.provisioned.v1");
        assertThat(provisionedEvent.toString()).doesNotContain("Rahasia-S3cret!");

        TestHttp.Reply active = step(operator(opd), id, "activate", null);
        assertThat(active.status()).as(active.text()).isEqualTo(200);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta"));
        assertThat(active.json().get("expiresOn").asString()).isEqualTo(today.plusMonths(12).toString());
        published(TOPIC, id, "id.go.spbe.vps.activated.v1");

        TestHttp.Reply renewed = step(operator(opd), id, "renew", Map.of("until", today.plusMonths(18).toString()));
        assertThat(renewed.json().get("expiresOn").asString()).isEqualTo(today.plusMonths(18).toString());
        published(TOPIC, id, "id.go.spbe.vps.renewed.v1");

        TestHttp.Reply resize = step(operator(opd), id, "request-resize", Map.of("vcpu", 6, "ramGib", 16,
                "diskGib", 300, "reason", "Jumlah puskesmas bertambah"));
        assertThat(resize.json().get("pendingResize").get("vcpu").asInt()).isEqualTo(6);
        assertProblem(step(operator(opd), id, "approve-resize", null), 403, "forbidden");
        TestHttp.Reply resized = step(admin(), id, "approve-resize", null);
        assertThat(resized.json().get("vcpu").asInt()).isEqualTo(6);
        assertThat(resized.json().get("pendingResize").isNull()).isTrue();
        assertThat(allocatedVcpu(MAIN)).isEqualTo(before + 6);
        published(TOPIC, id, "id.go.spbe.vps.resize-requested.v1");
        published(TOPIC, id, "id.go.spbe.vps.resize-decided.v1");

        assertProblem(step(operator(opd), id, "decommission", Map.of()), 400, "validation");
        TestHttp.Reply retired = step(operator(opd), id, "decommission", Map.of("reason", "Pindah ke SPBE nasional"));
        assertThat(retired.json().get("status").asString()).isEqualTo("DECOMMISSIONED");
        assertThat(allocatedVcpu(MAIN)).isEqualTo(before);
        assertThat(published(TOPIC, id, "id.go.spbe.vps.decommissioned.v1").get("data").get("from").asString())
                .isEqualTo("ACTIVE");

        JsonNode history = http.get("/api/v1/vps-requests/" + id + "/history").auth(operator(opd)).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.get("action").asString())).containsExactly(
                "id.go.spbe.vps.requested.v1", "id.go.spbe.vps.approved.v1", "id.go.spbe.vps.provisioned.v1",
                "id.go.spbe.vps.activated.v1", "id.go.spbe.vps.renewed.v1", "id.go.spbe.vps.resize-requested.v1",
                "id.go.spbe.vps.resize-decided.v1", "id.go.spbe.vps.decommissioned.v1");
        assertThat(history.toString()).doesNotContain("Rahasia-S3cret!");
    }

    @Test
    void a1AnUnregisteredAnotherOpdsOrADecommissionedApplicationGetsNoVps() {
        String opd = newOpdCode("DISDIK");
        String other = newOpdCode("DISHUB");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        assertRule(submit(opd, "aplikasi-tak-terdaftar", 2, 4, 50), "A1");
        String othersApp = application(mongo, other, "SIMTRANS");
        TestHttp.Reply foreign = submit(opd, othersApp, 2, 4, 50);
        assertRule(foreign, "A1");
        assertThat(foreign.json().get("detail").asString()).doesNotContain("SIMTRANS");

        String app = application(mongo, opd, "SIMDIK");
        decommissionApplication(mongo, app, opd, "SIMDIK");
        TestHttp.Reply retired = submit(opd, app, 2, 4, 50);
        assertRule(retired, "A1");
        assertThat(retired.json().get("detail").asString()).contains("DECOMMISSIONED");

        // Retired after the request was made: the approval checks the register again.
        String later = application(mongo, opd, "SIMDIK-2");
        String pending = submitted(opd, later, 1, 1, 10);
        decommissionApplication(mongo, later, opd, "SIMDIK-2");
        assertRule(step(admin(), pending, "approve", null), "A1");
    }

    @Test
    void d4AMandiriTikOpdIsToldToUseColocationInRejangLebong() {
        String opd = newOpdCode("BAPPEDA");
        opd(mongo, opd, true);
        String app = application(mongo, opd, "SIPD");
        TestHttp.Reply refused = submit(opd, app, 2, 4, 50);
        assertRule(refused, "D4");
        assertThat(refused.json().get("detail").asString()).contains("kolokasi");
    }

    @Test
    void d4ApprovalChecksTheDataCentersFreeCapacityWithOvercommit() {
        String site = smallSite(http, 4, 64, 1_000, 2.0); // 8 vCPU allocatable
        String opd = newOpdCode("DPMPTSP");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIMPERIZINAN");
        String first = submitted(opd, app, 6, 8, 100);
        String second = submitted(opd, app, 3, 8, 100);
        assertThat(step(admin(), first, "approve", Map.of("dataCenter", site)).status()).isEqualTo(200);
        TestHttp.Reply full = step(admin(), second, "approve", Map.of("dataCenter", site));
        assertRule(full, "D4");
        assertThat(full.json().get("detail").asString()).contains("vCPU");
        assertThat(step(admin(), second, "reject", Map.of("reason", "Kapasitas situs penuh")).json().get("status")
                .asString()).isEqualTo("REJECTED");
        assertRule(step(admin(), submitted(opd, app, 1, 1, 10), "approve", Map.of("dataCenter", "PD-TIDAK-ADA")),
                "D1");
    }

    /** Two Dinas staff approve at the same moment into a site with room for one: exactly one succeeds. */
    @Test
    void d4ConcurrentApprovalsCannotOverbookADataCenter() throws Exception {
        String site = smallSite(http, 2, 64, 1_000, 2.0); // 4 vCPU allocatable
        String opd = newOpdCode("INSPEKTORAT");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIAUDIT");
        List<String> ids = List.of(submitted(opd, app, 3, 4, 50), submitted(opd, app, 3, 4, 50),
                submitted(opd, app, 3, 4, 50));
        List<java.util.concurrent.CompletableFuture<Integer>> approvals = ids.stream()
                .map(id -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> step(admin(), id, "approve", Map.of("dataCenter", site)).status()))
                .toList();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var approval : approvals) {
            statuses.add(approval.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 422, 422);
        assertThat(allocatedVcpu(site)).isEqualTo(3);
    }

    @Test
    void d4ThePerOpdQuotaFromConfigurationIsCheckedAtApprovalAndResize() {
        String opd = newOpdCode("DISPERKIM");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIRUMAH");
        String first = submitted(opd, app, 16, 8, 100);
        String second = submitted(opd, app, 16, 8, 100);
        String third = submitted(opd, app, 1, 8, 100);
        assertThat(step(admin(), first, "approve", null).status()).isEqualTo(200);
        assertThat(step(admin(), second, "approve", null).status()).isEqualTo(200);
        TestHttp.Reply over = step(admin(), third, "approve", null);
        assertRule(over, "D4");
        assertThat(over.json().get("detail").asString()).contains("Kuota");

        assertThat(step(admin(), second, "provision", provisionForm("sirumah-" + opd.toLowerCase() + ".vps",
                "10.30." + (second.hashCode() & 0x7f) + ".9")).status()).isEqualTo(200);
        assertThat(step(operator(opd), second, "request-resize", Map.of("vcpu", 17, "ramGib", 8, "diskGib", 100,
                "reason", "Beban naik")).status()).isEqualTo(200);
        assertRule(step(admin(), second, "approve-resize", null), "D4");
        assertThat(step(admin(), second, "reject-resize", Map.of("reason", "Melebihi kuota OPD")).json()
                .get("pendingResize").isNull()).isTrue();
        published(TOPIC, second, "id.go.spbe.vps.resize-decided.v1");
    }

    @Test
    void d4RefusalsNeedAReasonIllegalStepsAre409AndStaleVersions412() {
        String opd = newOpdCode("DINSOS");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIKS");
        TestHttp.Reply created = submit(opd, app, 1, 2, 20);
        String id = created.json().get("id").asString();
        assertProblem(step(admin(), id, "reject", Map.of("reason", " ")), 400, "validation");
        assertProblem(step(admin(), id, "provision", provisionForm("siks.vps", "10.40.0.1")), 409, "state-conflict");
        assertProblem(step(operator(opd), id, "activate", null), 409, "state-conflict");
        assertProblem(stepIfMatch(admin(), id, "approve", null, "\"41\""), 412, "precondition-failed");
        TestHttp.Reply rejected = step(admin(), id, "reject", Map.of("reason", "Gunakan VPS yang sudah ada"));
        assertThat(rejected.json().get("rejection").get("note").asString()).isEqualTo("Gunakan VPS yang sudah ada");
        assertThat(published(TOPIC, id, "id.go.spbe.vps.rejected.v1").get("data").get("reason").asString())
                .isEqualTo("Gunakan VPS yang sudah ada");
        assertProblem(step(admin(), id, "approve", null), 409, "state-conflict");
        assertProblem(step(operator(opd), id, "decommission", Map.of("reason", "x")), 409, "state-conflict");
    }

    @Test
    void sec1AnOpdNeverSeesAnotherOpdsVpsAndReadersCannotAct() {
        String opd = newOpdCode("DLH");
        String other = newOpdCode("DISKAN");
        opd(mongo, opd, false);
        opd(mongo, other, false);
        String id = submitted(opd, application(mongo, opd, "SILH"), 1, 2, 20);
        assertProblem(http.get("/api/v1/vps-requests/" + id).auth(operator(other)).send(), 404, "not-found");
        assertProblem(http.get("/api/v1/vps-requests/" + id + "/history").auth(operator(other)).send(), 404,
                "not-found");
        assertProblem(step(operator(other), id, "decommission", Map.of("reason", "iseng")), 404, "not-found");
        assertThat(http.get("/api/v1/vps-requests/" + id).auth(auditor()).send().status()).isEqualTo(200);
        assertProblem(step(auditor(), id, "decommission", Map.of("reason", "x")), 403, "forbidden");
        assertProblem(http.get("/api/v1/vps-requests?opd=" + opd).auth(operator(other)).send(), 403, "forbidden");
        JsonNode mine = http.get("/api/v1/vps-requests?size=200").auth(operator(opd)).send().json();
        assertThat(mine.get("items").valueStream().map(i -> i.get("opd").asString())).containsOnly(opd);
        JsonNode theirs = http.get("/api/v1/vps-requests?size=200").auth(operator(other)).send().json();
        assertThat(theirs.get("items").valueStream().map(i -> i.get("id").asString())).doesNotContain(id);
        JsonNode byDinas = http.get("/api/v1/vps-requests?opd=" + opd + "&status=SUBMITTED").auth(admin()).send()
                .json();
        assertThat(byDinas.get("items").valueStream().map(i -> i.get("id").asString())).containsExactly(id);
        assertRule(http.get("/api/v1/vps-requests?opd=TIDAK-ADA").auth(admin()).send(), "G1");

        Map<String, Object> formula = form(application(mongo, opd, "SILH-2"), 1, 2, 20);
        formula.put("purpose", "=HYPERLINK(\"http://evil\")");
        http.post("/api/v1/vps-requests").auth(operator(opd)).json(formula).send();
        TestHttp.Reply csv = http.get("/api/v1/vps-requests/export.csv").auth(operator(opd)).send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).startsWith("id,opd,applicationId");
        assertThat(lines).hasSize(3);
        assertThat(csv.text()).contains(id).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(http.get("/api/v1/vps-requests/export.csv").auth(operator(other)).send().text())
                .doesNotContain(id);
        assertProblem(http.get("/api/v1/vps-requests/export.csv?opd=" + opd).auth(operator(other)).send(), 403,
                "forbidden");
    }

    @Test
    void d4DinasMaySubmitOnBehalfOfAnOpdWhichMustBeKnown() {
        String opd = newOpdCode("DISPORA");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIPORA");
        Map<String, Object> form = form(app, 1, 2, 20);
        form.put("opd", opd);
        TestHttp.Reply created = http.post("/api/v1/vps-requests").auth(admin()).json(form).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("opd").asString()).isEqualTo(opd);
        form.put("opd", "TIDAK-ADA");
        assertRule(http.post("/api/v1/vps-requests").auth(admin()).json(form).send(), "G1");
        form.put("opd", opd);
        assertProblem(http.post("/api/v1/vps-requests").auth(operator("DINKES")).json(form).send(), 403,
                "forbidden");
    }
}
