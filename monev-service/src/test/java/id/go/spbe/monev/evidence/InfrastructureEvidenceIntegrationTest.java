package id.go.spbe.monev.evidence;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.DINAS;
import static id.go.spbe.monev.MonevTestSupport.OTHER;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.activeOpds;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.evidence;
import static id.go.spbe.monev.MonevTestSupport.open;
import static id.go.spbe.monev.MonevTestSupport.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evidence from operations for indicators 16 (data centre), 17 (intra-government network) and 26 (knowledge
 * management) through a real Kafka broker: datacenter-service's VPS and backup events, network-service's LAN
 * diagram and inspection events and servicedesk's KnowledgeArticlePublished, each in its producer's shape (checked
 * against the producer's schema file), fill monev's read models; the claims (profile Kota Bitung, M3: 16 and 17 are
 * Dinas's, 26 Bappeda's) are shown next to the supported level and flagged when above it.
 */
@SpbeIntegrationTest
class InfrastructureEvidenceIntegrationTest {

    static final int YEAR = 2081;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directoryKnowsTheOpds(mongo);
    }

    /** Publishes one event as its producer does (CloudEvent, `opd` extension) after checking its producer's schema. */
    static String publish(String service, String topic, String type, String schema, String key, String opd,
            String occurredAt, String fields) {
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"eventId":"%s","occurredAt":"%s",%s}""".formatted(eventId, occurredAt, fields);
        EventSchemas.assertValid(EventSchemas.producerSchema(service, schema), data);
        String cloudEvent = """
                {"specversion":"1.0","id":"%s","source":"/spbe/%s","type":"%s","subject":"%s","time":"%s",
                 "opd":"%s","actor":"admin.dinas","data":%s}""".formatted(eventId, service, type, key, occurredAt,
                opd, data);
        TestKafka.send(topic, key, cloudEvent);
        return cloudEvent;
    }

    static void vpsActivated(String vpsId, String opd, String at) {
        publish("datacenter-service", "spbe.datacenter.vps.v1", "id.go.spbe.vps.activated.v1", "vps-activated.v1",
                vpsId, opd, at, """
                "vpsId":"%s","opd":"%s","applicationId":"APP-1","applicationName":"SIMPEG","dataCenter":"PD-1",
                "hostname":"simpeg.local","expiresOn":"2099-01-01","activatedBy":"admin.dinas\"""".formatted(vpsId,
                        opd));
    }

    static void vpsDecommissioned(String vpsId, String opd, String at) {
        publish("datacenter-service", "spbe.datacenter.vps.v1", "id.go.spbe.vps.decommissioned.v1",
                "vps-decommissioned.v1", vpsId, opd, at, """
                "vpsId":"%s","opd":"%s","applicationId":"APP-1","dataCenter":null,"from":"ACTIVE",
                "reason":"Aplikasi dipensiunkan","decommissionedBy":"admin.dinas\"""".formatted(vpsId, opd));
    }

    static String backupRun(String systemKind, String systemId, String opd, String startedAt, String result,
            boolean offsite) {
        return publish("datacenter-service", "spbe.datacenter.backup.v1", "id.go.spbe.backup-run.reported.v1",
                "backup-run-reported.v1", "POL-" + systemId,
                opd, startedAt, """
                "policyId":"POL-%s","opd":"%s","runId":"%s","systemKind":"%s","systemId":"%s","startedAt":"%s",
                "durationSeconds":120,"sizeBytes":1048576,"checksum":null,"result":"%s","offsite":%s,
                "reportedBy":"backup-agent\"""".formatted(systemId, opd, UUID.randomUUID(), systemKind, systemId,
                        startedAt, result, offsite));
    }

    static void diagramAccepted(int year, String opd, boolean late) {
        String task = year + "-" + opd;
        publish("network-service", "spbe.network.lan-diagram.v1", "id.go.spbe.lan-diagram.accepted.v1",
                "lan-diagram-accepted.v1", task, opd, year + "-04-01T02:00:00Z", """
                "taskId":"%s","opdCode":"%s","year":%d,"submission":1,"revision":3,"late":%s,
                "acceptedBy":"admin.dinas\"""".formatted(task, opd, year, late));
    }

    static void diagramOverdue(int year, String opd) {
        String task = year + "-" + opd;
        publish("network-service", "spbe.network.lan-diagram.v1", "id.go.spbe.lan-diagram.overdue.v1",
                "lan-diagram-overdue.v1", task, opd, year + "-04-01T00:05:00Z", """
                "taskId":"%s","opdCode":"%s","year":%d,"dueDate":"%d-03-31","status":"OPEN\"""".formatted(task, opd,
                        year, year));
    }

    static void inspected(String opd, String on) {
        String id = "INS-" + UUID.randomUUID();
        publish("network-service", "spbe.network.inspection.v1", "id.go.spbe.inspection.recorded.v1",
                "inspection-recorded.v1", id, opd, on + "T03:00:00Z", """
                "inspectionId":"%s","opdCode":"%s","inspectedOn":"%s","lanRevision":4,"inspector":"admin.dinas\""""
                        .formatted(id, opd, on));
    }

    static void articlePublished(String articleId, int version, String sourceTicketId, String authorOpd, String at) {
        publish("servicedesk-service", "spbe.servicedesk.knowledge-article.v1",
                "id.go.spbe.knowledge-article.published.v1", "knowledge-article-published.v1", articleId,
                authorOpd == null ? DINAS : authorOpd, at, """
                "articleId":"%s","version":%d,"title":"Reset kata sandi SIMPEG","category":"AKUN_DAN_AKSES",
                "sourceTicketId":%s,"authorOpd":%s,"publishedBy":"agent.tier2\"""".formatted(articleId, version,
                        sourceTicketId == null ? "null" : "\"" + sourceTicketId + "\"",
                        authorOpd == null ? "null" : "\"" + authorOpd + "\""));
    }

    @Test
    void vpsBackupsLanDiagramsAndKnowledgeArticlesSupportLevels_dataCenter16_network17_knowledge26() {
        String vpsOld = "VPS-" + UUID.randomUUID();
        String vpsNew = "VPS-" + UUID.randomUUID();
        String vpsGone = "VPS-" + UUID.randomUUID();
        vpsActivated(vpsOld, OTHER, (YEAR - 1) + "-06-01T02:00:00Z"); // still in service in YEAR
        String backup = backupRun("VPS", vpsOld, OTHER, YEAR + "-02-01T18:00:00Z", "SUCCESS", true);
        vpsActivated(vpsNew, BAPPEDA, YEAR + "-03-01T02:00:00Z");
        backupRun("VPS", vpsNew, BAPPEDA, YEAR + "-03-02T18:00:00Z", "FAILED", false); // a failed run is no backup
        backupRun("APPLICATION", "APP-9", BAPPEDA, YEAR + "-03-02T18:00:00Z", "SUCCESS", false); // not a VPS
        vpsActivated(vpsGone, DINAS, (YEAR - 2) + "-01-10T02:00:00Z");
        vpsDecommissioned(vpsGone, DINAS, (YEAR - 1) + "-11-30T02:00:00Z"); // retired before the year began

        diagramAccepted(YEAR, OTHER, true);
        diagramAccepted(YEAR, BAPPEDA, false);
        diagramOverdue(YEAR, DINAS);
        diagramAccepted(YEAR - 1, DINAS, false); // last year's diagram does not document this year
        inspected(OTHER, YEAR + "-05-01");

        String article = "KB-" + UUID.randomUUID();
        articlePublished(article, 1, "TCK-1", DINAS, YEAR + "-01-15T02:00:00Z");
        articlePublished(article, 2, null, DINAS, YEAR + "-07-15T02:00:00Z"); // a revision: the same article
        articlePublished("KB-" + UUID.randomUUID(), 1, null, null, (YEAR - 1) + "-07-15T02:00:00Z");
        // the same backup CloudEvent again: the inbox and the set of backed-up years make it a no-op
        TestKafka.send("spbe.datacenter.backup.v1", "POL-" + vpsOld, backup);

        String id = open(http, YEAR, SPBE).get("id").asString();
        propose(http, id, "16", DINAS, 3);
        propose(http, id, "17", DINAS, 2);
        propose(http, id, "26", BAPPEDA, 2);

        long active = activeOpds(mongo);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> shown = evidence(http, id, evaluator());
            assertThat(shown.get("16").get("figures").get("vpsInService").asLong()).isEqualTo(2);
            assertThat(shown.get("16").get("figures").get("vpsBackedUp").asLong()).isEqualTo(1);
            assertThat(shown.get("17").get("figures").get("diagramsAccepted").asInt()).isEqualTo(2);
            assertThat(shown.get("17").get("figures").get("diagramsOverdue").asInt()).isEqualTo(1);
            assertThat(shown.get("17").get("figures").get("opdsInspected").asInt()).isEqualTo(1);
            assertThat(shown.get("26").get("figures").get("revised").asLong()).isEqualTo(1);
        });
        Map<String, JsonNode> shown = evidence(http, id, evaluator());

        JsonNode dataCenter = shown.get("16");
        assertThat(dataCenter.get("supportedLevel").asInt()).isEqualTo(2);
        assertThat(dataCenter.get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");
        assertThat(dataCenter.get("reason").asString()).contains("2 VPS beroperasi untuk 2 dari " + active + " OPD, "
                + "1 dicadangkan dengan berhasil (1 salinan di luar lokasi)");
        assertThat(dataCenter.get("opd").asString()).isEqualTo(DINAS);

        JsonNode network = shown.get("17");
        int expected = 2 * 2 < active ? 1 : 2;
        assertThat(network.get("supportedLevel").asInt()).isEqualTo(expected);
        assertThat(network.get("flag").asString()).isEqualTo(expected < 2 ? "ABOVE_SUPPORTED" : "SUPPORTED");
        assertThat(network.get("reason").asString()).contains("diagram LAN diterima untuk 2 dari " + active
                + " OPD (1 terlambat, 1 lewat tenggat), 1 OPD diinspeksi");

        JsonNode knowledge = shown.get("26");
        assertThat(knowledge.get("supportedLevel").asInt()).isEqualTo(2);
        assertThat(knowledge.get("flag").asString()).isEqualTo("SUPPORTED");
        assertThat(knowledge.get("figures").get("articles").asLong()).isEqualTo(1);
        assertThat(knowledge.get("figures").get("fromTickets").asLong()).isEqualTo(1);
        assertThat(knowledge.get("opd").asString()).isEqualTo(BAPPEDA);

        Document vps = mongo.findById(vpsOld, Document.class, "evidence_vps");
        assertThat(vps.getList("backupYears", Integer.class)).containsExactly(YEAR);
    }

    static void monitorConfigured(String monitorId, String opd, String slo, boolean active, String at) {
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.monitor.configured.v1",
                "monitor-configured.v1", monitorId, opd, at, """
                "monitorId":"%s","opd":"%s","name":"SIMPEG","target":"https://simpeg.local/health",
                "intervalSeconds":60,"failureThreshold":3,"sloPercent":%s,"active":%s,"configuredBy":"admin.dinas\""""
                        .formatted(monitorId, opd, slo, active));
    }

    static void serviceDown(String monitorId, String opd, String outageId, String since) {
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.down.v1", "service-down.v1",
                monitorId, opd, since, """
                "monitorId":"%s","opd":"%s","name":"SIMPEG","target":"https://simpeg.local/health","outageId":"%s",
                "since":"%s","failedProbes":3,"error":"connect timed out\"""".formatted(monitorId, opd, outageId,
                        since));
    }

    static String serviceUp(String monitorId, String opd, String outageId, String since, String endedAt,
            long downSeconds) {
        return publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.service.up.v1",
                "service-up.v1", monitorId, opd, endedAt, """
                "monitorId":"%s","opd":"%s","name":"SIMPEG","target":"https://simpeg.local/health","outageId":"%s",
                "since":"%s","endedAt":"%s","downSeconds":%d""".formatted(monitorId, opd, outageId, since, endedAt,
                        downSeconds));
    }

    static void maintenancePlanned(String monitorId, String opd, String from, String until) {
        publish("datacenter-service", "spbe.datacenter.uptime.v1", "id.go.spbe.monitor.maintenance-planned.v1",
                "monitor-maintenance-planned.v1", monitorId, opd, from, """
                "monitorId":"%s","opd":"%s","windowId":"%s","from":"%s","until":"%s","reason":"Pembaruan OS",
                "plannedBy":"admin.dinas\"""".formatted(monitorId, opd, UUID.randomUUID(), from, until));
    }

    static void dataCenterRegistered(String code, String nationalStatus, String at) {
        publish("datacenter-service", "spbe.datacenter.data-center.v1", "id.go.spbe.data-center.registered.v1",
                "data-center-registered.v1", code, DINAS, at, """
                "code":"%s","name":"Pusat Data Pemkot","role":"MAIN","vcpu":256,"ramGib":1024,"diskGib":40960,
                "rackUnits":84,"powerKw":24.5,"vcpuOvercommit":4,"ramOvercommit":1.5,
                "links":[{"upstream":"NATIONAL","name":"PDN Batam","status":"%s"}],"registeredBy":"admin.dinas\""""
                        .formatted(code, nationalStatus));
    }

    static void linkStatusChanged(String code, String upstream, String from, String to, String at) {
        publish("datacenter-service", "spbe.datacenter.data-center.v1",
                "id.go.spbe.data-center.link-status-changed.v1", "data-center-link-status-changed.v1", code, DINAS,
                at, """
                "code":"%s","upstream":"%s","from":"%s","to":"%s","note":"Jalur PDN aktif","changedBy":"admin.dinas\""""
                        .formatted(code, upstream, from, to));
    }

    /**
     * Level 4 of indicator 16 (59/2020 Tabel 1, Terpadu dan Terukur) from datacenter-service's data-centre (D1) and
     * uptime events (D3), over a past year so that the whole year is measured. Hand-worked for 2020 in Kota Bitung's
     * zone (WITA): the one VPS is backed up (level 3); the data centre, registered in 2019 with its PDN link planned,
     * was connected to the PDN in February 2020 (Terpadu). Monitor A (DINKES, SLO 99.5 %, probing since 2019) was down 12 h of the year's
     * 8,784 h: 99.86 % ≥ 99.5 → met; a monitor switched off in 2019 measures nothing. 1 of 1 met → 4. Then monitor B
     * (BAPPEDA, SLO 99.9 %, from 1 July 2020) is down 24 h of about 4,384 h: 99.45 % < 99.9 → missed; 1 of 2 = 50 %
     * < 80 % → 3, and the claim of 4 is flagged. A redelivered ServiceUp changes nothing.
     */
    @Test
    void measuredAvailabilityWithinTheSloSupportsLevel4_dataCenter16() {
        int year = 2020;
        String vps = "VPS-" + UUID.randomUUID();
        vpsActivated(vps, OTHER, (year - 1) + "-05-01T02:00:00Z");
        backupRun("VPS", vps, OTHER, year + "-02-01T18:00:00Z", "SUCCESS", true);
        vpsDecommissioned(vps, OTHER, year + "-12-20T02:00:00Z"); // in service in 2020, in no later test's year
        String dataCenter = "PD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        dataCenterRegistered(dataCenter, "PLANNED", (year - 1) + "-03-01T02:00:00Z");
        linkStatusChanged(dataCenter, "NATIONAL", "PLANNED", "CONNECTED", year + "-02-10T02:00:00Z");
        String monitorA = "MON-" + UUID.randomUUID();
        monitorConfigured(monitorA, OTHER, "99.5", true, (year - 1) + "-06-01T00:00:00Z");
        String outageA = "OUT-" + UUID.randomUUID();
        serviceDown(monitorA, OTHER, outageA, year + "-03-01T00:00:00Z");
        serviceUp(monitorA, OTHER, outageA, year + "-03-01T00:00:00Z", year + "-03-01T12:00:00Z", 43_200);
        maintenancePlanned(monitorA, OTHER, year + "-04-01T00:00:00Z", year + "-04-01T04:00:00Z"); // no route: ignored
        String retired = "MON-" + UUID.randomUUID();
        monitorConfigured(retired, DINAS, "99", true, (year - 2) + "-01-01T00:00:00Z");
        monitorConfigured(retired, DINAS, "99", false, (year - 1) + "-01-01T00:00:00Z");

        String id = open(http, year, SPBE).get("id").asString();
        propose(http, id, "16", DINAS, 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = evidence(http, id, evaluator()).get("16").get("figures");
            assertThat(figures.get("vpsBackedUp").asLong()).isEqualTo(1);
            assertThat(figures.get("outages").asLong()).isEqualTo(1);
            assertThat(figures.get("nationalLinked").asInt()).isEqualTo(1);
        });
        JsonNode measured = evidence(http, id, evaluator()).get("16");
        assertThat(measured.get("figures").get("servicesMeasured").asLong()).isEqualTo(1);
        assertThat(measured.get("figures").get("servicesMeetingSlo").asLong()).isEqualTo(1);
        assertThat(measured.get("supportedLevel").asInt()).isEqualTo(4);
        assertThat(measured.get("ceiling").asInt()).isEqualTo(4);
        assertThat(measured.get("flag").asString()).isEqualTo("SUPPORTED");
        assertThat(measured.get("reason").asString()).contains("ketersediaan 1 layanan dipantau, 1 memenuhi target "
                + "SLO (1 gangguan), terhubung ke pusat data nasional").contains("sedikitnya level 4");
        assertThat(measured.get("figures").get("provincialLinked").asInt()).isZero();

        String monitorB = "MON-" + UUID.randomUUID();
        monitorConfigured(monitorB, BAPPEDA, "99.9", true, year + "-07-01T00:00:00Z");
        String outageB = "OUT-" + UUID.randomUUID();
        serviceDown(monitorB, BAPPEDA, outageB, year + "-10-01T00:00:00Z");
        String up = serviceUp(monitorB, BAPPEDA, outageB, year + "-10-01T00:00:00Z", year + "-10-02T00:00:00Z",
                86_400);
        TestKafka.send("spbe.datacenter.uptime.v1", monitorB, up);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = evidence(http, id, evaluator()).get("16").get("figures");
            assertThat(figures.get("servicesMeasured").asLong()).isEqualTo(2);
            assertThat(figures.get("outages").asLong()).isEqualTo(2);
        });
        JsonNode missed = evidence(http, id, evaluator()).get("16");
        assertThat(missed.get("figures").get("servicesMeetingSlo").asLong()).isEqualTo(1);
        assertThat(missed.get("supportedLevel").asInt()).isEqualTo(3);
        assertThat(missed.get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");
        assertThat(missed.get("reason").asString()).contains("ketersediaan 2 layanan dipantau, 1 memenuhi target SLO "
                + "(2 gangguan)").contains("di bawah 80 % layanan");
        Document outage = mongo.findById(outageB, Document.class, "evidence_outages");
        assertThat(outage.get("endedAt")).isNotNull();
        assertThat(mongo.findById(retired, Document.class, "evidence_monitors").getList("switches", Document.class))
                .hasSize(2);
    }

    static void stageChanged(String applicationId, String opd, String at, String from, String to) {
        publish("app-registry-service", "spbe.app-registry.application.v1",
                "id.go.spbe.application.stage-changed.v1", "application-stage-changed.v1", applicationId, opd, at, """
                "applicationId":"%s","ownerOpd":"%s","from":"%s","to":"%s","reason":null,"changedBy":"admin.dinas\""""
                        .formatted(applicationId, opd, from, to));
    }

    static void tested(String applicationId, String opd, String on, boolean passed) {
        publish("app-registry-service", "spbe.app-registry.application.v1",
                "id.go.spbe.application.test-result-recorded.v1", "application-test-result-recorded.v1",
                applicationId, opd, on + "T03:00:00Z", """
                "applicationId":"%s","ownerOpd":"%s","testResultId":"%s","kind":"USER_ACCEPTANCE","testedOn":"%s",
                "passed":%s,"recordedBy":"admin.dinas\"""".formatted(applicationId, opd, UUID.randomUUID(), on,
                        passed));
    }

    static void conformanceReviewed(String applicationId, String opd, String on, String result) {
        publish("app-registry-service", "spbe.app-registry.application.v1",
                "id.go.spbe.application.conformance-reviewed.v1", "application-conformance-reviewed.v1",
                applicationId, opd, on + "T03:00:00Z", """
                "applicationId":"%s","ownerOpd":"%s","reviewId":"%s","result":"%s","reviewedOn":"%s",
                "reviewedBy":"admin.dinas\"""".formatted(applicationId, opd, UUID.randomUUID(), result, on));
    }

    /**
     * Indicator 15 from app-registry's SDLC stages (A5), test results (A6) and conformance reviews (A9): one of two
     * applications in development passed its test → 2; the other passes too and Dinas reviews one → 3; Dinas reviews
     * the second as well (not conforming: the review is the measurement, whatever its result) → at least 4.
     */
    @Test
    void applicationsBuiltThroughTheSdlcAndTheirPassedTestsSupportALevel_applicationDevelopment15_A9() {
        int year = YEAR + 1;
        String tested = "APP-" + UUID.randomUUID();
        String failed = "APP-" + UUID.randomUUID();
        stageChanged(tested, OTHER, year + "-02-01T02:00:00Z", "DESIGN", "CONSTRUCTION");
        stageChanged(tested, OTHER, year + "-05-01T02:00:00Z", "CONSTRUCTION", "TESTING");
        tested(tested, OTHER, year + "-05-20", true);
        stageChanged(failed, BAPPEDA, year + "-03-01T02:00:00Z", "REQUIREMENTS_ANALYSIS", "DESIGN");
        tested(failed, BAPPEDA, year + "-06-01", false); // a failed test is no evidence of a tested application
        tested("APP-" + UUID.randomUUID(), DINAS, (year - 1) + "-06-01", true); // last year's test, no stage change

        String id = open(http, year, SPBE).get("id").asString();
        propose(http, id, "15", DINAS, 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode development = evidence(http, id, evaluator()).get("15");
            assertThat(development.get("figures").get("appsInDevelopment").asLong()).isEqualTo(2);
            assertThat(development.get("figures").get("appsTested").asLong()).isEqualTo(1);
        });
        JsonNode development = evidence(http, id, evaluator()).get("15");
        assertThat(development.get("supportedLevel").asInt()).isEqualTo(2);
        assertThat(development.get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");
        assertThat(development.get("opd").asString()).isEqualTo(DINAS);
        assertThat(development.get("reason").asString()).contains("2 aplikasi dibangun melalui tahapan SDLC oleh 2 OPD, "
                + "1 lulus uji");

        tested(failed, BAPPEDA, year + "-07-01", true);
        conformanceReviewed(tested, OTHER, year + "-08-01", "SESUAI");
        conformanceReviewed("APP-" + UUID.randomUUID(), DINAS, year + "-08-01", "SESUAI"); // not in development
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = evidence(http, id, evaluator()).get("15").get("figures");
            assertThat(figures.get("appsTested").asLong()).isEqualTo(2);
            assertThat(figures.get("appsReviewed").asLong()).isEqualTo(1);
        });
        JsonNode allTested = evidence(http, id, evaluator()).get("15");
        assertThat(allTested.get("supportedLevel").asInt()).isEqualTo(3);
        assertThat(allTested.get("ceiling").asInt()).isEqualTo(4);
        assertThat(allTested.get("flag").asString()).isEqualTo("SUPPORTED");

        conformanceReviewed(failed, BAPPEDA, year + "-09-01", "TIDAK_SESUAI");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(evidence(http, id, evaluator()).get("15").get("supportedLevel").asInt()).isEqualTo(4));
        assertThat(evidence(http, id, evaluator()).get("15").get("reason").asString())
                .contains("2 lulus uji, 2 ditinjau kesesuaian fungsinya oleh Dinas").contains("sedikitnya level 4");
    }
}
