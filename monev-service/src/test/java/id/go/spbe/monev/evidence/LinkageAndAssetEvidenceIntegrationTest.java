package id.go.spbe.monev.evidence;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.DINAS;
import static id.go.spbe.monev.MonevTestSupport.ORGANISASI;
import static id.go.spbe.monev.MonevTestSupport.OTHER;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.evidence;
import static id.go.spbe.monev.MonevTestSupport.open;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static id.go.spbe.monev.MonevTestSupport.propose;
import static id.go.spbe.monev.evidence.InfrastructureEvidenceIntegrationTest.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evidence from operations for indicators 18 (use of the service linkage system, P1) and 24 (ICT asset management)
 * through a real Kafka broker: app-registry's integration register (A13) and application register, network-service's
 * sites and WAN circuits and datacenter-service's frozen usage review (D5), each event in its producer's shape
 * (checked against the producer's schema file). Past years (2018 and 2019: the whole year is measured; no other test opens them under 59/2020);
 * profile Kota Bitung: 18 and 24 are infrastructure indicators, so Dinas's unit claims them (M3).
 */
@SpbeIntegrationTest
class LinkageAndAssetEvidenceIntegrationTest {

    /** One evaluation per year and framework: the two rules get a past year each, opened by no other test. */
    static final int YEAR = 2018;
    static final int LINKAGE_YEAR = 2019;
    static final String INTEGRATIONS = "spbe.app-registry.integration.v1";

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

    private List<String> activeOpds() {
        return mongo.findDistinct(Query.query(Criteria.where("active").is(true)), "_id", "opd_references",
                String.class);
    }

    private static String relation(String id, String provider, String consumer, String kind) {
        return """
                "integrationId":"%s","providerApplicationId":"APP-%s","providerOpd":"%s",
                "consumerApplicationId":"APP-%s","consumerOpd":"%s","kind":"%s\"""".formatted(id, provider, provider,
                consumer, consumer, kind);
    }

    static String recorded(String id, String provider, String consumer, String kind, String at) {
        return publish("app-registry-service", INTEGRATIONS, "id.go.spbe.integration.recorded.v1",
                "integration-recorded.v1", id, provider, at, relation(id, provider, consumer, kind) + """
                ,"purpose":"Pertukaran data kepegawaian","dataExchanged":null,"recordedAt":"%s\"""".formatted(at));
    }

    static void proposed(String id, String provider, String consumer, String at) {
        publish("app-registry-service", INTEGRATIONS, "id.go.spbe.integration.proposed.v1",
                "integration-proposed.v1", id, provider, at, relation(id, provider, consumer, "API") + """
                ,"purpose":"Layanan rujukan","dataExchanged":"NIK","proposedByOpd":"%s","awaitingOpd":"%s",
                "proposedAt":"%s\"""".formatted(consumer, provider, at));
    }

    static String accepted(String id, String provider, String consumer, String at) {
        return publish("app-registry-service", INTEGRATIONS, "id.go.spbe.integration.accepted.v1",
                "integration-accepted.v1", id, provider, at, relation(id, provider, consumer, "API") + """
                ,"purpose":"Layanan rujukan","dataExchanged":"NIK","proposedByOpd":"%s","awaitingOpd":"%s",
                "byDinas":false,"acceptedAt":"%s\"""".formatted(consumer, provider, at));
    }

    static void declined(String id, String provider, String consumer, String at) {
        publish("app-registry-service", INTEGRATIONS, "id.go.spbe.integration.declined.v1",
                "integration-declined.v1", id, provider, at, relation(id, provider, consumer, "SSO") + """
                ,"proposedByOpd":"%s","awaitingOpd":"%s","byDinas":true,"reason":"Belum memenuhi standar",
                "declinedAt":"%s\"""".formatted(consumer, provider, at));
    }

    static void ended(String id, String provider, String consumer, String at) {
        publish("app-registry-service", INTEGRATIONS, "id.go.spbe.integration.ended.v1", "integration-ended.v1", id,
                provider, at, relation(id, provider, consumer, "DATA_EXCHANGE") + """
                ,"reason":"Aplikasi diganti","endedAt":"%s\"""".formatted(at));
    }

    static void applicationRegistered(String id, String opd, String at) {
        publish("app-registry-service", "spbe.app-registry.application.v1", "id.go.spbe.application.registered.v1",
                "application-registered.v1", id, opd, at, """
                "applicationId":"%s","name":"SIMPEG","ownerOpd":"%s","applicationClass":"KHUSUS_PD","userOpds":["%s"],
                "status":"DRAFT","registeredAt":"%s","registeredBy":"operator\"""".formatted(id, opd, opd, at));
    }

    static void applicationStatusChanged(String id, String opd, String from, String to, String at) {
        publish("app-registry-service", "spbe.app-registry.application.v1",
                "id.go.spbe.application.status-changed.v1", "application-status-changed.v1", id, opd, at, """
                "applicationId":"%s","ownerOpd":"%s","name":"SIMPEG Ganda","applicationClass":"KHUSUS_PD",
                "from":"%s","to":"%s","note":null,"changedBy":"admin.dinas\"""".formatted(id, opd, from, to));
    }

    static void applicationDecommissioned(String id, String opd, String at) {
        publish("app-registry-service", "spbe.app-registry.application.v1",
                "id.go.spbe.application.decommissioned.v1", "application-decommissioned.v1", id, opd, at, """
                "applicationId":"%s","ownerOpd":"%s","name":"SIMPEG","from":"ACTIVE","reason":"Diganti aplikasi umum",
                "decommissionedBy":"admin.dinas\"""".formatted(id, opd));
    }

    static String site(String type, String schema, String id, String opd, String at) {
        return publish("network-service", "spbe.network.site.v1", type, schema, id, opd, at, """
                "siteId":"%s","opdCode":"%s","name":"Kantor %s","address":null,"latitude":null,"longitude":null,
                "uplinks":[]""".formatted(id, opd, opd));
    }

    static void wanLink(String id, String a, String b, String change, String status, String decommissionedOn,
            String at) {
        publish("network-service", "spbe.network.wan-link.v1", "id.go.spbe.wan-link.changed.v1",
                "wan-link-changed.v1", id, b, at, """
                "wanLinkId":"%s","change":"%s","status":"%s","provider":"Telkom","circuitId":"C-1","medium":"FIBER",
                "bandwidthDownMbps":100,"bandwidthUpMbps":null,"aSiteId":"S-%s","aOpdCode":"%s","bSiteId":"S-%s",
                "bOpdCode":"%s","decommissionedOn":%s,"decommissionReason":%s""".formatted(id, change, status, a, a,
                b, b, decommissionedOn == null ? "null" : "\"" + decommissionedOn + "\"",
                decommissionedOn == null ? "null" : "\"Dipindah ke jalur baru\""));
    }

    static void usageReviewFrozen(int year, String at) {
        publish("datacenter-service", "spbe.datacenter.usage-review.v1", "id.go.spbe.usage-review.frozen.v1",
                "usage-review-frozen.v1", String.valueOf(year), DINAS, at, """
                "year":%d,"automatic":true,"frozenBy":"system","summary":{"opds":3,"vpsActive":0,"vcpu":0,"ramGib":0,
                "diskGib":0,"uptimePercent":null}""".formatted(year));
    }

    private static String uid(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /**
     * Hand-worked with N active OPDs (at least DISKOMINFO, BAPPEDA, SETDA-ORG, DINKES). First: an integration inside
     * DISKOMINFO (2018, still active), BAPPEDA's API accepted for DINKES in 2019 (its proposal and a declined one are
     * not active), one that ended in 2018 → 2 integrations, 1 cross-OPD, 3 OPDs take part → 3 × 2 ≥ N ? 2 : 1, and
     * the claim of 3 is flagged. Then every other active OPD consumes DISKOMINFO's application → all N take part → 3
     * ("at least", the ceiling), the claim is supported. A redelivered acceptance changes nothing.
     */
    @Test
    void integrationsBetweenOpdsSupportTheLinkageLevel_serviceLinkage18_P1() {
        List<String> active = activeOpds();
        int n = active.size();
        String inside = uid("INT");
        recorded(inside, DINAS, DINAS, "CONNECTOR", (LINKAGE_YEAR - 1) + "-05-01T02:00:00Z");
        String referral = uid("INT");
        proposed(referral, BAPPEDA, OTHER, LINKAGE_YEAR + "-03-01T02:00:00Z");
        String acceptance = accepted(referral, BAPPEDA, OTHER, LINKAGE_YEAR + "-03-05T02:00:00Z");
        String refused = uid("INT");
        proposed(refused, ORGANISASI, OTHER, LINKAGE_YEAR + "-04-01T02:00:00Z");
        declined(refused, ORGANISASI, OTHER, LINKAGE_YEAR + "-04-02T02:00:00Z");
        String gone = uid("INT");
        recorded(gone, ORGANISASI, BAPPEDA, "DATA_EXCHANGE", (LINKAGE_YEAR - 2) + "-01-10T02:00:00Z");
        ended(gone, ORGANISASI, BAPPEDA, (LINKAGE_YEAR - 1) + "-12-01T02:00:00Z");

        String id = open(http, LINKAGE_YEAR, SPBE).get("id").asString();
        propose(http, id, "18", DINAS, 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = evidence(http, id, evaluator()).get("18").get("figures");
            assertThat(figures.get("integrations").asLong()).isEqualTo(2);
            assertThat(mongo.findById(gone, Document.class, "evidence_integrations")).isNotNull()
                    .extracting(d -> d.get("endedAt")).isNotNull();
        });
        JsonNode partial = evidence(http, id, evaluator()).get("18");
        int expected = 3 * 2 < n ? 1 : 2;
        assertThat(partial.get("figures").get("crossOpd").asLong()).isEqualTo(1);
        assertThat(partial.get("figures").get("opdsTakingPart").asInt()).isEqualTo(3);
        assertThat(partial.get("figures").get("connectors").asLong()).isEqualTo(1);
        assertThat(partial.get("supportedLevel").asInt()).isEqualTo(expected);
        assertThat(partial.get("ceiling").asInt()).isEqualTo(3);
        assertThat(partial.get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");
        assertThat(partial.get("reason").asString()).contains("2 integrasi aktif (1 antar-OPD, 1 melalui aplikasi "
                + "penghubung), 3 dari " + n + " OPD terlibat");
        assertThat(partial.get("opd").asString()).isEqualTo(DINAS);
        assertThat(mongo.findById(refused, Document.class, "evidence_integrations")).isNull();

        for (String opd : active) {
            if (!List.of(DINAS, BAPPEDA, OTHER).contains(opd)) {
                recorded(uid("INT"), DINAS, opd, "API", LINKAGE_YEAR + "-06-01T02:00:00Z");
            }
        }
        TestKafka.send(INTEGRATIONS, referral, acceptance); // redelivered: the inbox and the upsert keep one
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(evidence(http, id, evaluator()).get("18").get("figures").get("opdsTakingPart").asInt())
                        .isEqualTo(n));
        JsonNode all = evidence(http, id, evaluator()).get("18");
        assertThat(all.get("figures").get("integrations").asLong()).isEqualTo(2 + n - 3);
        assertThat(all.get("supportedLevel").asInt()).isEqualTo(3);
        assertThat(all.get("flag").asString()).isEqualTo("SUPPORTED");
        assertThat(all.get("reason").asString()).contains("sedikitnya level 3");
        // an operator of another OPD does not see Dinas's indicator's evidence (M3 scoping, as the indicator)
        assertThat(http.get("/api/v1/evaluations/" + id + "/indicators/18/evidence").auth(operator(OTHER)).send()
                .status()).isEqualTo(404);
    }

    /**
     * Hand-worked with N active OPDs: applications of DISKOMINFO (2017) and BAPPEDA (2018) in the register, SETDA-ORG's
     * decommissioned in 2018 (in the register part of the year, and one disposal), DINKES's decommissioned in 2017
     * (gone); DINKES's network site (registered, then updated) and a WAN circuit DISKOMINFO–DINKES decommissioned on
     * 30 September 2018 → assets for 4 OPDs, applications of 3 → 4 × 2 ≥ N ? 2 : 1. Then every other active OPD
     * registers an application → 3 (no usage review frozen yet); the data centre freezes 2018's usage review → 4, the
     * claim of 4 is supported.
     */
    @Test
    void inventoriesAndTheFrozenUsageReviewSupportTheAssetLevel_assetManagement24() {
        List<String> active = activeOpds();
        int n = active.size();
        applicationRegistered(uid("APP"), DINAS, (YEAR - 1) + "-02-01T02:00:00Z");
        applicationRegistered(uid("APP"), BAPPEDA, YEAR + "-02-01T02:00:00Z");
        String retired = uid("APP");
        applicationRegistered(retired, ORGANISASI, (YEAR - 1) + "-02-01T02:00:00Z");
        applicationDecommissioned(retired, ORGANISASI, YEAR + "-08-01T02:00:00Z");
        String gone = uid("APP");
        applicationRegistered(gone, OTHER, (YEAR - 3) + "-02-01T02:00:00Z");
        applicationDecommissioned(gone, OTHER, (YEAR - 1) + "-08-01T02:00:00Z");
        String siteId = uid("SITE");
        site("id.go.spbe.site.registered.v1", "site-registered.v1", siteId, OTHER, YEAR + "-01-20T02:00:00Z");
        String update = site("id.go.spbe.site.updated.v1", "site-updated.v1", siteId, OTHER,
                (YEAR + 1) + "-01-20T02:00:00Z"); // a later update keeps the year it entered the inventory
        String circuit = uid("WAN");
        wanLink(circuit, DINAS, OTHER, "REGISTERED", "ACTIVE", null, YEAR + "-02-01T02:00:00Z");
        wanLink(circuit, DINAS, OTHER, "DECOMMISSIONED", "DECOMMISSIONED", YEAR + "-09-30", YEAR + "-10-01T02:00:00Z");

        // a registration Dinas rejected (a duplicate) is no asset: DINKES still has no application in the register
        String refused = uid("APP");
        applicationRegistered(refused, OTHER, YEAR + "-03-01T02:00:00Z");
        applicationStatusChanged(refused, OTHER, "DRAFT", "SUBMITTED", YEAR + "-03-02T02:00:00Z");
        applicationStatusChanged(refused, OTHER, "SUBMITTED", "REJECTED", YEAR + "-03-10T02:00:00Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document stored = mongo.findById("APPLICATION/" + refused, Document.class, "evidence_assets");
            return stored != null && "REJECTED".equals(stored.getString("status"));
        });

        String id = open(http, YEAR, SPBE).get("id").asString();
        propose(http, id, "24", DINAS, 4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = evidence(http, id, evaluator()).get("24").get("figures");
            assertThat(figures.get("applications").asLong()).isEqualTo(3);
            assertThat(figures.get("applicationsRetired").asLong()).isEqualTo(1);
            assertThat(figures.get("sites").asLong()).isEqualTo(1);
            assertThat(figures.get("wanLinks").asLong()).isEqualTo(1);
        });
        TestKafka.send("spbe.network.site.v1", siteId, update);
        JsonNode partial = evidence(http, id, evaluator()).get("24");
        assertThat(partial.get("figures").get("opdsWithApplications").asInt()).isEqualTo(3);
        assertThat(partial.get("figures").get("opdsWithAssets").asInt()).isEqualTo(4);
        assertThat(partial.get("supportedLevel").asInt()).isEqualTo(4 * 2 < n ? 1 : 2);
        assertThat(partial.get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");
        assertThat(partial.get("reason").asString()).contains("aset TIK tercatat untuk 4 dari " + n + " OPD: 3 aplikasi "
                + "dari 3 OPD (1 dihapus), 0 VPS, 1 lokasi jaringan, 1 sirkuit WAN");
        assertThat(mongo.findById("SITE/" + siteId, Document.class, "evidence_assets").getInteger("addedYear"))
                .isEqualTo(YEAR);
        assertThat(mongo.findById("WAN_LINK/" + circuit, Document.class, "evidence_assets")
                .getInteger("retiredYear")).isEqualTo(YEAR);

        for (String opd : active) {
            if (!List.of(DINAS, BAPPEDA, ORGANISASI).contains(opd)) {
                applicationRegistered(uid("APP"), opd, YEAR + "-05-01T02:00:00Z");
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(evidence(http, id, evaluator()).get("24").get("supportedLevel").asInt()).isEqualTo(3));
        assertThat(evidence(http, id, evaluator()).get("24").get("reason").asString())
                .contains("reviu pemanfaatan tahunan belum ditetapkan");

        usageReviewFrozen(YEAR, (YEAR + 1) + "-01-01T00:00:05Z");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(evidence(http, id, evaluator()).get("24").get("supportedLevel").asInt()).isEqualTo(4));
        JsonNode reviewed = evidence(http, id, evaluator()).get("24");
        assertThat(reviewed.get("flag").asString()).isEqualTo("SUPPORTED");
        assertThat(reviewed.get("figures").get("usageReviewFrozen").asInt()).isEqualTo(1);
        assertThat(reviewed.get("figures").get("opdsWithApplications").asInt()).isEqualTo(n);
        TestHttp.Reply one = http.get("/api/v1/evaluations/" + id + "/indicators/24/evidence").auth(evaluator()).send();
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("supportedLevel").asInt()).isEqualTo(4);
        assertThat(one.json().get("reason").asString()).contains("reviu pemanfaatan pusat data tahun ini sudah "
                + "ditetapkan");
    }
}
