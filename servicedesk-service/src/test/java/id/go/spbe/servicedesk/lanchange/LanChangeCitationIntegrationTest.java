package id.go.spbe.servicedesk.lanchange;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.auditor;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change (S6) lists the LAN change reports (N7) that cite it, from network-service's events over the real broker:
 * the events are published as network's outbox relay publishes them, their data checked against network's own
 * schema files. Imports the same clock configuration as the other integration tests, so the context is shared.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class LanChangeCitationIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOPIC = "spbe.network.lan-change.v1";
    static final String T1 = "teknisi.dinkes";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
    }

    @Test
    void anApprovedChangeListsTheLanChangeReportsCitingItAndTheirAcknowledgement_S6_N7() {
        String change = approvedChange();
        String reportId = UUID.randomUUID().toString();
        String reported = publish("lan-change-reported.v1", "id.go.spbe.lan-change.reported.v1", reportId,
                reported(reportId, change, "Switch lantai 2 diganti"));
        // a report citing no change is not kept anywhere
        String uncited = UUID.randomUUID().toString();
        publish("lan-change-reported.v1", "id.go.spbe.lan-change.reported.v1", uncited,
                reported(uncited, null, "Kabel dirapikan"));

        JsonNode first = awaitCitations(change, 1);
        JsonNode item = first.get("items").get(0);
        assertThat(item.get("reportId").asString()).isEqualTo(reportId);
        assertThat(item.get("opd").asString()).isEqualTo("DINKES");
        assertThat(item.get("what").asString()).isEqualTo("Switch lantai 2 diganti");
        assertThat(item.get("status").asString()).isEqualTo("REPORTED");
        assertThat(item.get("toRevision").asLong()).isEqualTo(4);

        // Dinas acknowledged it in network-service; the redelivered report does not reset that nor add a second
        ObjectNode ack = data(UUID.randomUUID().toString());
        ack.put("reportId", reportId).put("opdCode", "DINKES").put("fromRevision", 2).put("toRevision", 4)
                .put("acknowledgedBy", "admin.dinas").put("note", "Sesuai");
        publish("lan-change-acknowledged.v1", "id.go.spbe.lan-change.acknowledged.v1", reportId, ack);
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACKNOWLEDGED".equals(
                citations(change, operator("DINKES")).json().get("items").get(0).get("status").asString()));
        mongo.remove(org.springframework.data.mongodb.core.query.Query.query(org.springframework.data.mongodb.core
                .query.Criteria.where("_id").regex("^servicedesk-lan-changes:")), "processed_events");
        TestKafka.send(TOPIC, reportId, reported);
        String marker = UUID.randomUUID().toString();
        publish("lan-change-reported.v1", "id.go.spbe.lan-change.reported.v1", marker,
                reported(marker, change, "Access point ditambah"));
        JsonNode after = awaitCitations(change, 2);
        assertThat(after.get("items").valueStream().filter(i -> i.get("reportId").asString().equals(reportId))
                .map(i -> i.get("status").asString()).toList()).containsExactly("ACKNOWLEDGED");
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(org.springframework.data
                .mongodb.core.query.Criteria.where("_id").is(uncited)), "lan_change_citations")).isZero();
    }

    @Test
    void theCitingReportsAreReadLikeTheChangeItself_S6() {
        String change = approvedChange();
        assertThat(citations(change, operator("DINKES")).status()).isEqualTo(200);
        assertThat(citations(change, tier1("DINKES", T1)).status()).isEqualTo(200);
        assertThat(citations(change, admin()).status()).isEqualTo(200);
        assertThat(citations(change, auditor()).status()).isEqualTo(200);
        // another OPD's change, an unknown id, a ticket that is not a change: 404; no token: 401
        assertThat(citations(change, operator("DISDIK")).status()).isEqualTo(404);
        assertThat(citations(UUID.randomUUID().toString(), admin()).status()).isEqualTo(404);
        TestHttp.Reply complaint = http.post("/api/v1/tickets").auth(operator("DINKES"))
                .json(form("KELUHAN", "LAINNYA", "RENDAH", "RENDAH")).send();
        assertThat(citations(complaint.json().get("id").asString(), admin()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/changes/" + change + "/lan-changes").send().status()).isEqualTo(401);
        // bad paging and sorting: 400 naming the parameter
        TestHttp.Reply badSize = http.get("/api/v1/changes/" + change + "/lan-changes?size=0").auth(admin()).send();
        assertThat(badSize.status()).as(badSize.toString()).isEqualTo(400);
        assertThat(badSize.text()).contains("size");
        TestHttp.Reply badSort = http.get("/api/v1/changes/" + change + "/lan-changes?sort=what").auth(admin())
                .send();
        assertThat(badSort.status()).as(badSort.toString()).isEqualTo(400);
        assertThat(badSort.text()).contains("sort");
        assertThat(http.get("/api/v1/changes/" + change + "/lan-changes?page=-1").auth(admin()).send().status())
                .isEqualTo(400);
    }

    /** A DINKES change taken, analysed and approved by Dinas (the rejang-lebong approver), over HTTP. */
    String approvedChange() {
        Map<String, Object> body = form("PERUBAHAN", "LAINNYA", "SEDANG", "SEDANG");
        body.put("title", "Ganti switch lantai 2");
        TestHttp.Reply opened = http.post("/api/v1/tickets").auth(operator("DINKES")).json(body).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        String t1 = tier1("DINKES", T1);
        assertThat(http.post("/api/v1/tickets/" + id + "/take").auth(t1).send().status()).isEqualTo(200);
        for (Map.Entry<String, String> step : List.of(Map.entry("analysis", t1), Map.entry("approval", t1),
                Map.entry("approve", admin()))) {
            TestHttp.Reply reply = http.post("/api/v1/changes/" + id + "/" + step.getKey()).auth(step.getValue())
                    .json(Map.of("note", "Langkah " + step.getKey())).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        return id;
    }

    TestHttp.Reply citations(String change, String token) {
        return http.get("/api/v1/changes/" + change + "/lan-changes").auth(token).send();
    }

    JsonNode awaitCitations(String change, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> citations(change, admin()).json().get("totalItems")
                .asLong() == count);
        return citations(change, admin()).json();
    }

    static ObjectNode reported(String reportId, String change, String what) {
        ObjectNode data = data(UUID.randomUUID().toString());
        data.put("reportId", reportId).put("opdCode", "DINKES").put("what", what).put("why", "Perangkat rusak")
                .put("performedOn", "2026-11-20").put("ticketReference", (String) null)
                .put("changeTicketId", change).put("fromRevision", 2).put("toRevision", 4).put("steward", "DINAS")
                .put("reportedBy", "admin.dinas").put("added", 1).put("removed", 1).put("changed", 0);
        return data;
    }

    static ObjectNode data(String eventId) {
        ObjectNode data = JSON.createObjectNode();
        data.put("eventId", eventId).put("occurredAt", Instant.now().toString());
        return data;
    }

    /** Publishes {@code data} in the envelope network's outbox relay writes, checked against network's schema. */
    static String publish(String schema, String type, String reportId, ObjectNode data) {
        EventSchemas.assertValid(EventSchemas.producerSchema("network-service", schema), data.toString());
        String envelope = """
                {"specversion":"1.0","id":"%s","source":"/spbe/network-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","opd":"DINKES","actor":"admin.dinas","data":%s}"""
                .formatted(data.get("eventId").asString(), type, reportId, data.get("occurredAt").asString(), data);
        TestKafka.send(TOPIC, reportId, envelope);
        return envelope;
    }
}
