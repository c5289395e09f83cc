package id.go.spbe.audit.pulled;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.audit.support.InventoryEvents;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.audit.support.AuditApi.auditor;
import static id.go.spbe.audit.support.AuditApi.coordinator;
import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evidence pulled from other services into an engagement (issue 12): datacenter-service's, network-service's and
 * servicedesk-service's own sample events (ids and times put in, each checked against the producer's schema file)
 * go to the real broker; the audit's live views show backup compliance, uptime against the SLO, the OPD's LAN
 * diagrams and change tickets for the audited OPD and, where the data names it, the audited application; the team
 * pulls a view into the audit as an immutable record with its event, listed and printed in the report (AU7); after
 * completion nothing more is pulled (409).
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class ServiceEvidenceIntegrationTest {

    /** A fresh OPD per test, so each test's figures are its own. */
    String OPD;
    static final String PERIOD = "?from=2026-01-01&to=2026-06-30";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    AuditApi api;
    TestHttp http;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        AuditEvents.opdRegistered("DISKOMINFO");
        AuditEvents.opdRegistered("DISDIK");
    }

    @BeforeEach
    void clients() {
        api = new AuditApi(port);
        http = api.http();
        OPD = "OPS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        AuditEvents.opdRegistered(OPD);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(OPD, org.bson.Document.class,
                "opd_references") != null && mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null);
    }

    String send(String producer, String schema, String topic, String key, Map<String, Object> fields) {
        String type = "id.go.spbe." + schema.replaceFirst("^(vps|backup-run|monitor|service|lan-diagram|ticket|"
                + "change)-", "$1.").replace(".v1", "") + ".v1";
        return InventoryEvents.send(producer, schema, type, topic, key, OPD, fields);
    }

    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    void vps(String vpsId, String applicationId, String host) {
        send("datacenter-service", "vps-activated.v1", "spbe.datacenter.vps.v1", vpsId, fields("vpsId", vpsId,
                "opd", OPD, "applicationId", applicationId, "hostname", host, "occurredAt", "2026-01-05T02:00:00Z"));
    }

    String backup(String kind, String systemId, String at, String result, boolean offsite) {
        String run = UUID.randomUUID().toString();
        return send("datacenter-service", "backup-run-reported.v1", "spbe.datacenter.backup.v1", "policy-" + systemId,
                fields("runId", run, "policyId", "policy-" + systemId, "opd", OPD, "systemKind", kind, "systemId",
                        systemId, "startedAt", at, "occurredAt", at, "result", result, "offsite", offsite));
    }

    void ticket(String id, String type, String category, String title, String app, String at) {
        send("servicedesk-service", "ticket-opened.v1", "spbe.servicedesk.ticket.v1", id, fields("ticketId", id,
                "requesterOpd", OPD, "type", type, "category", category, "title", title,
                "affectedApplicationId", app, "openedAt", at, "occurredAt", at));
    }

    void approved(String id, String title, String app, String at) {
        send("servicedesk-service", "change-approved.v1", "spbe.servicedesk.ticket.v1", id, fields("ticketId", id,
                "requesterOpd", OPD, "title", title, "affectedApplicationId", app, "occurredAt", at));
    }

    void implemented(String id, String app, String at) {
        send("servicedesk-service", "change-implemented.v1", "spbe.servicedesk.ticket.v1", id, fields("ticketId",
                id, "requesterOpd", OPD, "affectedApplicationId", app, "occurredAt", at));
    }

    /** The operations of one application of the OPD in the first half of 2026, as the three producers tell them. */
    record Operations(String app, String vpsWithBackups, String vpsWithout, String otherVps) {
    }

    Operations operations() {
        String app = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        Operations ops = new Operations(app, UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        vps(ops.vpsWithBackups(), app, "simrs-1.vps.go.id");
        vps(ops.vpsWithout(), app, "simrs-2.vps.go.id");
        vps(ops.otherVps(), other, "lain.vps.go.id");
        backup("VPS", ops.vpsWithBackups(), "2026-03-01T18:00:00Z", "SUCCESS", true);
        backup("VPS", ops.vpsWithBackups(), "2026-03-02T18:00:00Z", "FAILED", false);
        String redelivered = backup("VPS", ops.vpsWithBackups(), "2026-04-01T18:00:00Z", "SUCCESS", false);
        TestKafka.send("spbe.datacenter.backup.v1", "policy-" + ops.vpsWithBackups(), redelivered);
        backup("VPS", ops.vpsWithBackups(), "2026-08-01T18:00:00Z", "SUCCESS", true);
        backup("VPS", ops.otherVps(), "2026-03-01T18:00:00Z", "SUCCESS", true);
        backup("APPLICATION", app, "2026-05-01T18:00:00Z", "SUCCESS", true);

        String monitor = UUID.randomUUID().toString();
        String outage = UUID.randomUUID().toString();
        send("datacenter-service", "monitor-configured.v1", "spbe.datacenter.uptime.v1", monitor, fields(
                "monitorId", monitor, "opd", OPD, "name", "SIMRS web", "sloPercent", 99.5, "occurredAt",
                "2026-01-01T00:00:00Z"));
        // paused for March: neither measured nor down then
        send("datacenter-service", "monitor-configured.v1", "spbe.datacenter.uptime.v1", monitor, fields(
                "monitorId", monitor, "opd", OPD, "name", "SIMRS web", "sloPercent", 99.5, "active", false,
                "occurredAt", "2026-03-01T00:00:00Z"));
        send("datacenter-service", "monitor-configured.v1", "spbe.datacenter.uptime.v1", monitor, fields(
                "monitorId", monitor, "opd", OPD, "name", "SIMRS web", "sloPercent", 99.5, "active", true,
                "occurredAt", "2026-04-01T00:00:00Z"));
        send("datacenter-service", "service-down.v1", "spbe.datacenter.uptime.v1", monitor, fields("monitorId",
                monitor, "opd", OPD, "outageId", outage, "since", "2026-02-01T00:00:00Z", "occurredAt",
                "2026-02-01T00:03:00Z"));
        send("datacenter-service", "service-up.v1", "spbe.datacenter.uptime.v1", monitor, fields("monitorId",
                monitor, "opd", OPD, "outageId", outage, "since", "2026-02-01T00:00:00Z", "endedAt",
                "2026-02-02T00:00:00Z", "downSeconds", 86400, "occurredAt", "2026-02-02T00:00:00Z"));

        String task = "2026-" + OPD;
        Map<String, Object> lan = fields("taskId", task, "opdCode", OPD, "year", 2026);
        send("network-service", "lan-diagram-submitted.v1", "spbe.network.lan-diagram.v1", task, with(lan,
                "submission", 1, "revision", 40, "late", false, "occurredAt", "2026-01-20T03:00:00Z"));
        send("network-service", "lan-diagram-returned.v1", "spbe.network.lan-diagram.v1", task, with(lan,
                "submission", 1, "occurredAt", "2026-01-22T03:00:00Z"));
        send("network-service", "lan-diagram-overdue.v1", "spbe.network.lan-diagram.v1", task, with(lan,
                "dueDate", "2026-03-31", "occurredAt", "2026-04-01T00:00:00Z"));
        send("network-service", "lan-diagram-accepted.v1", "spbe.network.lan-diagram.v1", task, with(lan,
                "submission", 2, "revision", 42, "late", true, "occurredAt", "2026-04-10T03:00:00Z"));
        // A submission delivered late (older than the acceptance) does not undo it.
        send("network-service", "lan-diagram-submitted.v1", "spbe.network.lan-diagram.v1", task, with(lan,
                "submission", 2, "revision", 42, "late", true, "occurredAt", "2026-04-05T03:00:00Z"));

        String approvedChange = UUID.randomUUID().toString();
        String unapprovedChange = UUID.randomUUID().toString();
        ticket(approvedChange, "PERUBAHAN", "APLIKASI", "Tambah modul rujukan", app, "2026-02-01T02:00:00Z");
        approved(approvedChange, "Tambah modul rujukan", app, "2026-02-02T02:00:00Z");
        implemented(approvedChange, app, "2026-02-10T02:00:00Z");
        ticket(unapprovedChange, "PERUBAHAN", "APLIKASI", "Ganti versi basis data", app, "2026-03-01T02:00:00Z");
        implemented(unapprovedChange, app, "2026-03-05T02:00:00Z");
        ticket(UUID.randomUUID().toString(), "GANGGUAN", "APLIKASI", null, app, "2026-03-02T02:00:00Z");
        ticket(UUID.randomUUID().toString(), "PERUBAHAN", "JARINGAN", "Tambah titik akses", null,
                "2026-03-03T02:00:00Z");
        ticket(UUID.randomUUID().toString(), "PERUBAHAN", "KEAMANAN", null, app, "2026-03-04T02:00:00Z");
        return ops;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> out = new HashMap<>(base);
        out.putAll(fields(pairs));
        return out;
    }

    record Audit(String path, String lead, String member) {
    }

    Audit applicationAudit(String app) {
        String lead = AuditApi.login("ketua");
        String member = AuditApi.login("anggota");
        String id = api.created("/api/v1/audits", Map.of("kind", "APLIKASI", "objectId", app, "objectName",
                "SIMRS", "auditedOpd", OPD, "title", "Audit Aplikasi SIMRS", "plannedStart", "2027-01-04",
                "plannedEnd", "2027-02-26", "scope", List.of("FUNCTIONALITY", "PERFORMANCE"), "team", List.of(
                        Map.of("auditorId", api.internalAuditor(lead, "DISKOMINFO"), "lead", true),
                        Map.of("auditorId", api.externalAuditor(member, "2030-12-31"), "lead", false))));
        return new Audit("/api/v1/audits/" + id, lead, member);
    }

    JsonNode view(Audit audit, String source, String token) {
        TestHttp.Reply reply = http.get(audit.path() + "/service-evidence/" + source + PERIOD).auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    long count(String collection, Criteria criteria) {
        return mongo.count(Query.query(criteria), collection);
    }

    boolean arrived(String collection, String id) {
        return mongo.findById(id, org.bson.Document.class, collection) != null;
    }

    @Test
    void liveViewsShowTheAuditedApplicationsBackupsUptimeLanDiagramsAndChanges() {
        Operations ops = operations();
        Audit audit = applicationAudit(ops.app());
        await("backup runs").atMost(Duration.ofSeconds(30)).until(() -> count(OperationsReadModel.BACKUP_RUNS,
                Criteria.where("systemId").in(ops.vpsWithBackups(), ops.app(), ops.otherVps())) == 6
                && arrived(OperationsReadModel.VPS, ops.otherVps()));
        await("changes").atMost(Duration.ofSeconds(30)).until(() -> count(OperationsReadModel.CHANGES,
                Criteria.where("opd").is(OPD).and("implementedAt").exists(true)) == 2);
        await("LAN diagram").atMost(Duration.ofSeconds(30)).until(() -> "ACCEPTED".equals(lanTask().getString(
                "status")) && lanTask().getInteger("submission", 0) == 2);
        await("outage").atMost(Duration.ofSeconds(30)).until(() -> count(OperationsReadModel.OUTAGES,
                Criteria.where("opd").is(OPD).and("endedAt").exists(true)) == 1);

        JsonNode backups = view(audit, "BACKUPS", operator(OPD));
        assertThat(backups.get("scope").get("linkedTo").asString()).as("VPS events name the application they host")
                .isEqualTo("OBJECT");
        assertThat(backups.get("dataAsOf").asString()).isNotBlank();
        JsonNode b = backups.get("backups");
        assertThat(b.get("vpsInScope").asInt()).as("the application's two VPS, not the OPD's other").isEqualTo(2);
        assertThat(b.get("runs").asInt()).as("in the period; the redelivered run counts once; the application's "
                + "own backup counts").isEqualTo(4);
        assertThat(b.get("successfulRuns").asInt()).isEqualTo(3);
        assertThat(b.get("failedRuns").asInt()).isEqualTo(1);
        assertThat(b.get("offsiteSuccessfulRuns").asInt()).isEqualTo(2);
        assertThat(b.get("vpsWithoutSuccess").asInt()).isEqualTo(1);
        assertThat(b.get("lastSuccessAt").asString()).isEqualTo("2026-05-01T18:00:00Z");
        assertThat(b.get("rows").valueStream().filter(r -> r.get("withoutSuccess").asBoolean())
                .map(r -> r.get("name").asString()).toList()).containsExactly("simrs-2.vps.go.id");

        JsonNode uptime = view(audit, "UPTIME", dinas());
        assertThat(uptime.get("scope").get("linkedTo").asString()).as("monitors name no application").isEqualTo("OPD");
        JsonNode u = uptime.get("uptime");
        assertThat(u.get("monitors").asInt()).isEqualTo(1);
        assertThat(u.get("outages").asInt()).isEqualTo(1);
        assertThat(u.get("downtimeSeconds").asLong()).isEqualTo(86400);
        JsonNode monitor = u.get("rows").get(0);
        assertThat(monitor.get("availabilityPercent").decimalValue())
                .as("one day down in 180 days and 17 hours, less the 31 days of March it was paused")
                .isEqualByComparingTo("99.332");
        assertThat(monitor.get("meetsSlo").asBoolean()).as("below its SLO of 99.5 %").isFalse();
        assertThat(u.get("monitorsBelowSlo").asInt()).isEqualTo(1);

        JsonNode lan = view(audit, "LAN_DIAGRAMS", auditor(audit.member())).get("lanDiagrams");
        assertThat(lan.get("accepted").asInt()).isEqualTo(1);
        assertThat(lan.get("acceptedLate").asInt()).isEqualTo(1);
        assertThat(lan.get("overdue").asInt()).isEqualTo(1);
        JsonNode year = lan.get("rows").get(0);
        assertThat(year.get("taskId").asString()).isEqualTo("2026-" + OPD);
        assertThat(year.get("status").asString()).as("a late-delivered submission does not undo the acceptance")
                .isEqualTo("ACCEPTED");
        assertThat(year.get("submission").asInt()).isEqualTo(2);
        assertThat(year.get("revision").asLong()).isEqualTo(42);

        JsonNode changes = view(audit, "CHANGES", coordinator());
        assertThat(changes.get("scope").get("linkedTo").asString()).isEqualTo("OBJECT");
        JsonNode c = changes.get("changes");
        assertThat(c.get("changes").asInt()).as("PERUBAHAN tickets naming the application: not the incident, not "
                + "the network change").isEqualTo(3);
        assertThat(c.get("approved").asInt()).isEqualTo(1);
        assertThat(c.get("implemented").asInt()).isEqualTo(2);
        assertThat(c.get("implementedWithoutApproval").asInt()).isEqualTo(1);
        assertThat(c.get("rows").valueStream().map(r -> r.path("title").asString("")).toList())
                .as("a security change's title is not shared by the desk (S8)")
                .containsExactly("Tambah modul rujukan", "Ganti versi basis data", "");

        TestHttp.Reply defaults = http.get(audit.path() + "/service-evidence/LAN_DIAGRAMS").auth(dinas()).send();
        assertThat(defaults.json().get("from").asString()).as("12 months before the planned start")
                .isEqualTo("2026-01-04");
        assertThat(http.get(audit.path() + "/service-evidence/BACKUPS" + PERIOD).auth(operator("DISDIK")).send()
                .status()).as("another OPD").isEqualTo(404);
    }

    @Test
    void aLanAuditUsesTheWholeOpd_aDataCenterAuditTheVpsItHosts() {
        String app = UUID.randomUUID().toString();
        String hosted = UUID.randomUUID().toString();
        String elsewhere = UUID.randomUUID().toString();
        String dataCenter = "PD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        send("datacenter-service", "vps-activated.v1", "spbe.datacenter.vps.v1", hosted, fields("vpsId", hosted,
                "opd", OPD, "applicationId", app, "dataCenter", dataCenter, "occurredAt", "2026-01-05T02:00:00Z"));
        send("datacenter-service", "vps-activated.v1", "spbe.datacenter.vps.v1", elsewhere, fields("vpsId",
                elsewhere, "opd", OPD, "applicationId", app, "dataCenter", "PD-LAIN", "occurredAt",
                "2026-01-05T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> arrived(OperationsReadModel.VPS, hosted)
                && arrived(OperationsReadModel.VPS, elsewhere));

        String lead = AuditApi.login("ketua");
        String leadId = api.internalAuditor(lead, "DISKOMINFO");
        Audit lan = new Audit("/api/v1/audits/" + api.created("/api/v1/audits", Map.of("kind", "INFRASTRUKTUR",
                "objectId", "lan:" + OPD, "objectName", "LAN " + OPD, "auditedOpd", OPD, "title", "Audit LAN",
                "plannedStart", "2027-01-04", "plannedEnd", "2027-02-26", "scope", List.of("PERFORMANCE"), "team",
                List.of(Map.of("auditorId", leadId, "lead", true)))), lead, null);
        JsonNode byOpd = view(lan, "BACKUPS", dinas());
        assertThat(byOpd.get("scope").get("linkedTo").asString()).as("a LAN names no VPS").isEqualTo("OPD");
        assertThat(byOpd.get("scope").get("note").asString()).contains(OPD);
        assertThat(byOpd.get("backups").get("vpsInScope").asInt()).isEqualTo(2);
        assertThat(view(lan, "CHANGES", dinas()).get("scope").get("linkedTo").asString()).isEqualTo("OPD");

        Audit center = new Audit("/api/v1/audits/" + api.created("/api/v1/audits", Map.of("kind", "INFRASTRUKTUR",
                "objectId", "data-center:" + dataCenter, "objectName", "Pusat Data", "auditedOpd", "DISKOMINFO",
                "title", "Audit Pusat Data", "plannedStart", "2027-01-04", "plannedEnd", "2027-02-26", "scope",
                List.of("PERFORMANCE"))), null, null);
        JsonNode hostedThere = view(center, "BACKUPS", dinas());
        assertThat(hostedThere.get("scope").get("linkedTo").asString()).isEqualTo("OBJECT");
        assertThat(hostedThere.get("backups").get("rows").valueStream().map(r -> r.get("systemId").asString())
                .toList()).as("the VPS the data center hosts, whichever OPD it serves").containsExactly(hosted);
    }

    org.bson.Document lanTask() {
        org.bson.Document task = mongo.findById("2026-" + OPD, org.bson.Document.class,
                OperationsReadModel.LAN_DIAGRAMS);
        return task == null ? new org.bson.Document() : task;
    }

    @Test
    void theTeamPullsAViewIntoTheAuditAsAnImmutableRecordPrintedInTheReport() throws IOException {
        Operations ops = operations();
        Audit audit = applicationAudit(ops.app());
        await().atMost(Duration.ofSeconds(30)).until(() -> arrived(OperationsReadModel.VPS, ops.otherVps())
                && count(OperationsReadModel.BACKUP_RUNS, Criteria.where("systemId").is(ops.app())) == 1
                && count(OperationsReadModel.CHANGES, Criteria.where("opd").is(OPD)
                        .and("implementedAt").exists(true)) == 2);
        api.step(audit.path() + "/start", auditor(audit.lead()), null);

        TestHttp.Reply pulled = http.post(audit.path() + "/pulled-evidence").auth(auditor(audit.member()))
                .json(Map.of("source", "BACKUPS", "from", "2026-01-01", "to", "2026-06-30")).send();
        assertThat(pulled.status()).as(pulled.toString()).isEqualTo(201);
        assertThat(pulled.header("Location")).endsWith(pulled.json().get("id").asString());
        String id = pulled.json().get("id").asString();
        JsonNode frozen = pulled.json().get("evidence");
        assertThat(frozen.get("backups").get("vpsInScope").asInt()).isEqualTo(2);
        assertThat(frozen.get("backups").get("rows")).hasSize(3);
        assertThat(pulled.json().get("pulledBy").asString()).isEqualTo(audit.member());

        JsonNode event = AuditEvents.published("spbe.audit.pulled-evidence.v1",
                "id.go.spbe.pulled-evidence.recorded.v1", id, 1).get(0);
        assertThat(event.get("auditedOpd").asString()).isEqualTo(OPD);
        assertThat(event.get("rows").asInt()).isEqualTo(3);
        assertThat(event.get("figures").valueStream().map(f -> f.get("key").asString()).toList())
                .contains("vpsInScope", "successfulRuns", "vpsWithoutSuccess");
        assertThat(event.toString()).as("figures only, never the rows").doesNotContain("simrs-2.vps.go.id");

        // The record stays as pulled while the read model moves on.
        backup("VPS", ops.vpsWithout(), "2026-06-01T18:00:00Z", "SUCCESS", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(OperationsReadModel.BACKUP_RUNS,
                Criteria.where("systemId").is(ops.vpsWithout())) == 1);
        assertThat(view(audit, "BACKUPS", dinas()).get("backups").get("vpsWithoutSuccess").asInt()).isZero();
        TestHttp.Reply one = http.get(audit.path() + "/pulled-evidence/" + id).auth(operator(OPD)).send();
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("evidence").get("backups").get("vpsWithoutSuccess").asInt()).isEqualTo(1);
        TestHttp.Reply list = http.get(audit.path() + "/pulled-evidence").auth(coordinator()).send();
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.json().get("items").get(0).get("sourceLabel").asString())
                .isEqualTo("Kepatuhan pencadangan");
        TestHttp.Reply history = http.get(audit.path() + "/pulled-evidence/" + id + "/history").auth(dinas()).send();
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).contains("pulled-evidence.recorded");

        http.post(audit.path() + "/pulled-evidence").auth(dinas()).json(Map.of("source", "CHANGES", "from",
                "2026-01-01", "to", "2026-06-30")).send();
        await("outage").atMost(Duration.ofSeconds(30)).until(() -> count(OperationsReadModel.OUTAGES,
                Criteria.where("opd").is(OPD).and("endedAt").exists(true)) == 1);
        String uptime = http.post(audit.path() + "/pulled-evidence").auth(auditor(audit.lead())).json(Map.of(
                "source", "UPTIME", "from", "2026-01-01", "to", "2026-06-30")).send().json().get("id").asString();
        JsonNode monitor = http.get(audit.path() + "/pulled-evidence/" + uptime).auth(dinas()).send().json()
                .get("evidence").get("uptime").get("rows").get(0);
        assertThat(monitor.get("availabilityPercent").decimalValue()).as("read back as stored")
                .isEqualByComparingTo("99.332");
        assertThat(monitor.get("sloPercent").decimalValue()).isEqualByComparingTo("99.5");
        api.step(audit.path() + "/report", auditor(audit.lead()), null);
        TestHttp.Reply pdf = http.get(audit.path() + "/report.pdf").auth(dinas()).send();
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("6. Bukti dari Layanan Lain")
                .contains("Kepatuhan pencadangan (datacenter-service)")
                .contains("VPS dalam cakupan: 2").contains("VPS tanpa pencadangan berhasil: 1")
                .contains("Tiket perubahan (servicedesk-service)")
                .contains("Diimplementasikan tanpa persetujuan: 1")
                .contains("1 Januari 2026 s.d. 30 Juni 2026")
                .contains("Ketersediaan layanan (uptime) (datacenter-service)").contains("Di bawah SLO: 1");

        api.step(audit.path() + "/complete", auditor(audit.lead()), null);
        TestHttp.Reply late = http.post(audit.path() + "/pulled-evidence").auth(auditor(audit.lead()))
                .json(Map.of("source", "UPTIME")).send();
        assertThat(late.status()).as("nothing is pulled into a completed audit").isEqualTo(409);
    }
}
