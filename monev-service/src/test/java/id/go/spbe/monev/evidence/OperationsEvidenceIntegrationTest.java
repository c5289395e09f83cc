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
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.monev.MonevTestSupport.BAPPEDA;
import static id.go.spbe.monev.MonevTestSupport.DINAS;
import static id.go.spbe.monev.MonevTestSupport.ORGANISASI;
import static id.go.spbe.monev.MonevTestSupport.OTHER;
import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.activeOpds;
import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static id.go.spbe.monev.MonevTestSupport.evidence;
import static id.go.spbe.monev.MonevTestSupport.open;
import static id.go.spbe.monev.MonevTestSupport.operator;
import static id.go.spbe.monev.MonevTestSupport.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Evidence from operations (issue 13, M1/M3) through a real Kafka broker: servicedesk's ticket events and
 * audit-service's AuditCompleted, in their producers' own schema shape (checked against the producers' schema
 * files), fill monev's read models; the evaluation's claims (profile Kota Bitung: indicator 28 is Bagian
 * Organisasi's, 27 and 31 Dinas's, M3) are shown next to the supported level and flagged when above it; a
 * redelivered event changes nothing.
 */
@SpbeIntegrationTest
class OperationsEvidenceIntegrationTest {

    static final String TICKETS = "spbe.servicedesk.ticket.v1";
    static final String AUDITS = "spbe.audit.audit.v1";
    static final int YEAR = 2071;

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

    /** Publishes one servicedesk event as servicedesk does (CloudEvent, key = ticket id, `opd` extension). */
    static String ticketEvent(String type, String schema, String ticketId, String opd, String fields) {
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"eventId":"%s","occurredAt":"%d-03-02T02:00:00Z","ticketId":"%s","requesterOpd":"%s",%s}"""
                .formatted(eventId, YEAR, ticketId, opd, fields);
        EventSchemas.assertValid(EventSchemas.producerSchema("servicedesk-service", schema), data);
        String cloudEvent = """
                {"specversion":"1.0","id":"%s","source":"/spbe/servicedesk-service","type":"%s","subject":"%s",
                 "time":"%d-03-02T02:00:00Z","opd":"%s","actor":"agent.tier1","data":%s}"""
                .formatted(eventId, type, ticketId, YEAR, opd, data);
        TestKafka.send(TICKETS, ticketId, cloudEvent);
        return cloudEvent;
    }

    static String opened(String ticketId, String opd, String ticketType, String openedAt) {
        return ticketEvent("id.go.spbe.ticket.opened.v1", "ticket-opened.v1", ticketId, opd, """
                "type":"%s","category":"APLIKASI","impact":"SEDANG","urgency":"SEDANG","priority":"SEDANG",
                "tier":"TIER1","routingReason":null,"affectedApplicationId":null,"affectedSite":null,
                "channel":"PORTAL","openedAt":"%s","openedBy":"operator.%s\"""".formatted(ticketType, openedAt,
                opd.toLowerCase()));
    }

    static void resolved(String ticketId, String opd, String ticketType, String openedAt) {
        ticketEvent("id.go.spbe.ticket.resolved.v1", "ticket-resolved.v1", ticketId, opd, """
                "type":"%s","category":"APLIKASI","priority":"SEDANG","tier":"TIER1","openedAt":"%s",
                "resolvedBy":"agent.tier1\"""".formatted(ticketType, openedAt));
    }

    static void breached(String ticketId, String opd, String clock) {
        ticketEvent("id.go.spbe.ticket.sla-breached.v1", "ticket-sla-breached.v1", ticketId, opd, """
                "clock":"%s","priority":"SEDANG","tier":"TIER1","breachedAt":"%d-03-05T02:00:00Z",
                "rule":"SEDANG: 3 hari kerja\"""".formatted(clock, YEAR));
    }

    static void auditCompleted(String auditId, String kind, String opd, String planItemId) {
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"eventId":"%s","occurredAt":"%d-09-10T03:00:00Z","auditId":"%s","kind":"%s","objectId":null,
                 "objectName":null,"auditedOpd":"%s","planItemId":%s,"completedOn":"%d-09-10",
                 "completedBy":"auditor"}""".formatted(eventId, YEAR, auditId, kind, opd,
                planItemId == null ? "null" : "\"" + planItemId + "\"", YEAR);
        EventSchemas.assertValid(EventSchemas.producerSchema("audit-service", "audit-completed.v1"), data);
        TestKafka.send(AUDITS, auditId, """
                {"specversion":"1.0","id":"%s","source":"/spbe/audit-service","type":"id.go.spbe.audit.completed.v1",
                 "subject":"%s","time":"%d-09-10T03:00:00Z","opd":"%s","actor":"auditor","data":%s}"""
                .formatted(eventId, auditId, YEAR, opd, data));
    }

    @Test
    void claimsAboveWhatTicketsAndAuditsSupportAreFlagged_M1_serviceManagement28_change27_audit31() {
        String a = "EV-" + UUID.randomUUID();
        String b = "EV-" + UUID.randomUUID();
        String change = "EV-" + UUID.randomUUID();
        opened(a, OTHER, "GANGGUAN", YEAR + "-03-01T01:00:00Z");
        resolved(a, OTHER, "GANGGUAN", YEAR + "-03-01T01:00:00Z");
        opened(b, BAPPEDA, "PERMINTAAN", YEAR + "-04-01T01:00:00Z");
        breached(b, BAPPEDA, "FIRST_RESPONSE"); // not the resolution clock: does not count against the SLA
        breached(b, BAPPEDA, "RESOLUTION");
        resolved(b, BAPPEDA, "PERMINTAAN", YEAR + "-04-01T01:00:00Z");
        opened(change, OTHER, "PERUBAHAN", YEAR + "-05-01T01:00:00Z");
        ticketEvent("id.go.spbe.change.approved.v1", "change-approved.v1", change, OTHER, """
                "affectedApplicationId":null,"approverRole":"DINAS_ADMIN","approvedBy":"admin.dinas\"""");
        ticketEvent("id.go.spbe.change.implemented.v1", "change-implemented.v1", change, OTHER, """
                "affectedApplicationId":null,"implementedBy":"agent.tier2\"""");
        auditCompleted("AUD-" + UUID.randomUUID(), "KEAMANAN", OTHER, "PLAN-" + YEAR + "-1");
        // 17:30 UTC on 31 December is 01:30 on 1 January in Bitung (WITA, UTC+8): the region's year counts
        opened("EV-" + UUID.randomUUID(), DINAS, "KELUHAN", (YEAR - 1) + "-12-31T17:30:00Z");

        String id = open(http, YEAR, SPBE).get("id").asString();
        propose(http, id, "28", ORGANISASI, 4);
        propose(http, id, "27", DINAS, 4);
        propose(http, id, "31", DINAS, 2);

        long active = activeOpds(mongo);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, JsonNode> shown = evidence(http, id, evaluator());
            assertThat(shown.get("28").get("figures").get("tickets").asLong()).isEqualTo(4);
            assertThat(shown.get("28").get("figures").get("resolved").asLong()).isEqualTo(2);
            assertThat(shown.get("27").get("figures").get("changesImplemented").asLong()).isEqualTo(1);
            assertThat(shown.get("31").get("figures").get("auditsCompleted").asLong()).isEqualTo(1);
        });
        Map<String, JsonNode> shown = evidence(http, id, evaluator());
        assertThat(shown.keySet()).containsExactly("15", "16", "17", "18", "24", "26", "27", "28", "29", "30", "31");

        JsonNode service = shown.get("28");
        // OTHER, BAPPEDA and DINAS (its ticket of 1 January WITA): 3 OPDs; 1 of 2 resolved within the resolution SLA
        assertThat(service.get("reason").asString()).contains("digunakan oleh 3 dari " + active + " OPD")
                .contains("SLA terpenuhi 50 %");
        int expected = 3 * 2 < active ? 1 : 3 < active ? 2 : 3;
        assertThat(service.get("supportedLevel").asInt()).isEqualTo(expected);
        assertThat(service.get("claimedLevel").asInt()).isEqualTo(4);
        assertThat(service.get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");
        assertThat(service.get("opd").asString()).isEqualTo(ORGANISASI);
        assertThat(service.get("basis").asString()).contains("59/2020");

        JsonNode change27 = shown.get("27");
        assertThat(change27.get("supportedLevel").asInt()).isEqualTo(2);
        assertThat(change27.get("ceiling").asInt()).isEqualTo(2);
        assertThat(change27.get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");

        JsonNode security = shown.get("31");
        assertThat(security.get("supportedLevel").asInt()).isEqualTo(2);
        assertThat(security.get("flag").asString()).isEqualTo("SUPPORTED");
        assertThat(security.get("reason").asString()).contains("1 audit selesai (1 sesuai rencana audit)");

        assertThat(shown.get("29").get("flag").asString()).isEqualTo("NO_DATA");
        assertThat(shown.get("29").get("supportedLevel").isNull()).isTrue();

        // the indicator page reads the same, one indicator at a time
        TestHttp.Reply one = http.get("/api/v1/evaluations/" + id + "/indicators/28/evidence").auth(auditor())
                .send();
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().get("flag").asString()).isEqualTo("ABOVE_SUPPORTED");
    }

    @Test
    void aRedeliveredTicketEventChangesNoCount_serviceManagement28() {
        int year = YEAR + 1;
        String ticket = "EV-" + UUID.randomUUID();
        String first = opened(ticket, OTHER, "GANGGUAN", year + "-02-01T01:00:00Z");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(ticket, Document.class, "evidence_tickets") != null);
        // the same CloudEvent again (inbox), then a resolution, then the first event once more after it
        TestKafka.send(TICKETS, ticket, first);
        resolved(ticket, OTHER, "GANGGUAN", year + "-02-01T01:00:00Z");
        TestKafka.send(TICKETS, ticket, first);
        String marker = "EV-" + UUID.randomUUID();
        opened(marker, OTHER, "GANGGUAN", (year + 5) + "-02-01T01:00:00Z");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(marker, Document.class, "evidence_tickets") != null);

        Document read = mongo.findById(ticket, Document.class, "evidence_tickets");
        assertThat(read.getInteger("year")).isEqualTo(year);
        assertThat(read.getBoolean("resolved")).isTrue();
        assertThat(mongo.count(Query.query(where("year").is(year)), "evidence_tickets")).isEqualTo(1);
    }

    @Test
    void operatorsSeeTheirOwnIndicatorsEvidenceOnly_M3() {
        String id = open(http, YEAR + 2, SPBE).get("id").asString();
        assertThat(evidence(http, id, operator(ORGANISASI)).keySet()).containsExactly("28");
        assertThat(evidence(http, id, operator(OTHER))).isEmpty();
        assertThat(http.get("/api/v1/evaluations/" + id + "/indicators/28/evidence").auth(operator(OTHER)).send()
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/evaluations/" + id + "/evidence?opd=" + ORGANISASI).auth(operator(OTHER))
                .send().status()).isEqualTo(403);
        // an indicator no rule covers, an unknown evaluation
        assertThat(http.get("/api/v1/evaluations/" + id + "/indicators/1/evidence").auth(evaluator()).send()
                .status()).isEqualTo(404);
        assertThat(http.get("/api/v1/evaluations/1999-none/evidence").auth(evaluator()).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/evaluations/" + id + "/evidence").send().status()).isEqualTo(401);
        assertThat(http.get("/api/v1/evaluations/" + id + "/evidence?size=0").auth(evaluator()).send().status())
                .isEqualTo(400);
    }

    @Test
    void aMalformedAuditCompletedGoesToTheDeadLettersAndLaterAuditsStillCount_audit29() {
        String broken = "AUD-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(AUDITS, broken, """
                {"specversion":"1.0","id":"%s","source":"/spbe/audit-service","type":"id.go.spbe.audit.completed.v1",
                 "subject":"%s","time":"2073-09-10T03:00:00Z","opd":"%s",
                 "data":{"auditId":"%s","kind":"INFRASTRUKTUR","auditedOpd":"%s"}}"""
                .formatted(eventId, broken, OTHER, broken, OTHER));
        TestKafka.await(AUDITS + ".dlt", r -> r.value().contains(eventId), Duration.ofSeconds(30));
        String fine = "AUD-" + UUID.randomUUID();
        auditCompleted(fine, "INFRASTRUKTUR", OTHER, null);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.findById(fine, Document.class, "evidence_audits") != null);
        assertThat(mongo.findById(broken, Document.class, "evidence_audits")).isNull();
        assertThat(mongo.findById(fine, Document.class, "evidence_audits").getBoolean("planned")).isFalse();
    }
}
