package id.go.spbe.network.changeticket;

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
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.network.NetworkTestSupport.JSON;
import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertSchemaValid;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.awaitEvent;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A LAN change report citing the servicedesk change that authorised it (N7, S6), end to end over the real broker:
 * servicedesk's ticket events are published as its outbox relay publishes them (data checked against servicedesk's
 * own schema files), the read model follows them, and only a known, approved change of the same OPD may be cited.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class ChangeTicketCitationIntegrationTest {

    static final String TICKETS = "spbe.servicedesk.ticket.v1";
    static final String PATH = "/api/v1/lan-changes";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    String opd;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opd = registerOpd(mongo, newOpd(), "Dinas Kominfo Uji");
    }

    @Test
    void aReportCitesAnApprovedChangeOfItsOpdShowsItAndCarriesItInTheEvent_N7_S6() {
        String ticket = UUID.randomUUID().toString();
        opened(ticket, opd, "PERUBAHAN");
        stage(ticket, opd, "ANALYSIS", "APPROVAL");
        awaitStage(ticket, "APPROVAL");
        addVlan(opd, 20);

        // known but not approved yet: 422 naming N7, the message says why (S6)
        TestHttp.Reply early = http.post(PATH).auth(admin()).json(report(opd, ticket)).send();
        assertRuleViolation(early, "N7");
        assertThat(early.json().get("detail").asString()).contains("belum disetujui", "APPROVAL", "S6");

        approved(ticket, opd);
        stage(ticket, opd, "APPROVAL", "DEVELOPMENT");
        await().atMost(Duration.ofSeconds(90)).until(() -> http.get(PATH + "/change-tickets/" + ticket)
                .auth(operator(opd)).send().json().path("approvedBy").asString("").equals("kepala.dinas"));

        TestHttp.Reply filed = http.post(PATH).auth(admin()).json(report(opd, ticket)).send();
        assertStatus(filed, 201);
        // the revision is covered by a report that cites an approved change: not even "unauthorised"
        assertThat(http.get(PATH + "/uncovered?unauthorised=true&opd=" + opd).auth(operator(opd)).send().json()
                .get("items")).isEmpty();
        JsonNode cited = filed.json().get("changeTicket");
        assertThat(cited.get("id").asString()).isEqualTo(ticket);
        assertThat(cited.get("known").asBoolean()).isTrue();
        assertThat(cited.get("stage").asString()).isEqualTo("DEVELOPMENT");
        assertThat(cited.get("approvedBy").asString()).isEqualTo("kepala.dinas");
        String id = filed.json().get("id").asString();

        JsonNode event = awaitEvent("spbe.network.lan-change.v1", id, "id.go.spbe.lan-change.reported.v1", ticket);
        assertThat(event.get("data").get("changeTicketId").asString()).isEqualTo(ticket);
        assertSchemaValid(event, "lan-change-reported.v1");

        // the report shows the change as network-service last heard of it: implemented later
        implemented(ticket, opd);
        await().atMost(Duration.ofSeconds(90)).until(() -> "EVALUATION".equals(http.get(PATH + "/" + id)
                .auth(operator(opd)).send().json().get("changeTicket").get("stage").asString()));
        JsonNode listed = http.get(PATH + "?opd=" + opd).auth(operator(opd)).send().json();
        assertThat(listed.get("items").get(0).get("changeTicket").get("id").asString()).isEqualTo(ticket);
    }

    @Test
    void anUnknownTicketAnotherOpdsChangeOrANonChangeCannotBeCitedAndAnUncitedReportStaysUnauthorised_N7_S6() {
        String other = registerOpd(mongo, newOpd(), "Dinas Lain Uji");
        String othersChange = UUID.randomUUID().toString();
        opened(othersChange, other, "PERUBAHAN");
        approved(othersChange, other);
        String complaint = UUID.randomUUID().toString();
        opened(complaint, opd, "KELUHAN");
        stage(complaint, opd, "NEW", "ASSIGNED");
        awaitStage(othersChange, "DEVELOPMENT");
        addVlan(opd, 30);

        TestHttp.Reply unknown = http.post(PATH).auth(admin()).json(report(opd, UUID.randomUUID().toString()))
                .send();
        assertRuleViolation(unknown, "N7");
        assertThat(unknown.json().get("detail").asString()).contains("tidak dikenal", "belum tersalin", "S6");

        TestHttp.Reply foreign = http.post(PATH).auth(admin()).json(report(opd, othersChange)).send();
        assertRuleViolation(foreign, "N7");
        assertThat(foreign.json().get("detail").asString()).contains("milik OPD " + other);

        // a complaint is not a change: the read model never kept it
        assertRuleViolation(http.post(PATH).auth(admin()).json(report(opd, complaint)).send(), "N7");
        assertThat(mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(complaint)),
                "servicedesk_change_tickets")).isFalse();

        // the look-up is scoped like the reports: another OPD's change is a 404 to this OPD's operator
        assertStatus(http.get(PATH + "/change-tickets/" + othersChange).auth(operator(opd)).send(), 404);
        assertStatus(http.get(PATH + "/change-tickets/" + othersChange).auth(operator(other)).send(), 200);
        assertStatus(http.get(PATH + "/change-tickets/" + UUID.randomUUID()).auth(admin()).send(), 404);
        assertStatus(http.get(PATH + "/change-tickets/" + othersChange).send(), 401);

        // bad input: not a ticket id (400 naming the field); nothing was filed
        Map<String, Object> bad = report(opd, "PERUBAHAN/2026/7");
        TestHttp.Reply badReply = http.post(PATH).auth(admin()).json(bad).send();
        assertStatus(badReply, 400);
        assertThat(badReply.text()).contains("changeTicketId");
        assertThat(http.get(PATH + "?opd=" + opd).auth(admin()).send().json().get("totalItems").asLong())
                .isZero();

        // reported without citing a change: covered, but still listed when asking for unauthorised revisions
        Map<String, Object> uncited = report(opd, null);
        uncited.remove("changeTicketId");
        assertStatus(http.post(PATH).auth(admin()).json(uncited).send(), 201);
        assertThat(http.get(PATH + "/uncovered?opd=" + opd).auth(admin()).send().json().get("items")).isEmpty();
        assertThat(http.get(PATH + "/uncovered?unauthorised=true&opd=" + opd).auth(admin()).send().json()
                .get("items")).extracting(i -> i.get("change").asString()).containsExactly("VLAN_ADDED");
    }

    @Test
    void aRedeliveredApprovalIsKeptOnceAndAnOlderStageDoesNotMoveTheChangeBack_S6() {
        String ticket = UUID.randomUUID().toString();
        opened(ticket, opd, "PERUBAHAN");
        String approval = approved(ticket, opd);
        stage(ticket, opd, "IMPLEMENTATION", "EVALUATION");
        awaitStage(ticket, "EVALUATION");
        TestKafka.send(TICKETS, ticket, approval);
        stageAt(ticket, opd, "ANALYSIS", "APPROVAL", Instant.parse("2020-01-01T00:00:00Z"));
        String marker = UUID.randomUUID().toString();
        opened(marker, opd, "PERUBAHAN");
        await().atMost(Duration.ofSeconds(90)).until(() -> http.get(PATH + "/change-tickets/" + marker)
                .auth(admin()).send().status() == 200);
        JsonNode known = http.get(PATH + "/change-tickets/" + ticket).auth(admin()).send().json();
        assertThat(known.get("stage").asString()).isEqualTo("EVALUATION");
        assertThat(mongo.getCollection("servicedesk_change_tickets").countDocuments(
                new org.bson.Document("_id", ticket))).isEqualTo(1);
    }

    @Test
    void theReportFormFindsTheChangesItsOpdMayCiteByIdStartCategoryOrSite_N7_S6() {
        String other = registerOpd(mongo, newOpd(), "Dinas Tetangga Uji");
        String approvedChange = UUID.randomUUID().toString();
        openedAs(approvedChange, opd, "JARINGAN", "Gedung Kominfo Lantai 2");
        approved(approvedChange, opd);
        String pending = UUID.randomUUID().toString();
        openedAs(pending, opd, "APLIKASI", null);
        String othersChange = UUID.randomUUID().toString();
        openedAs(othersChange, other, "JARINGAN", "Gedung Kominfo Lantai 2");
        approved(othersChange, other);
        awaitStage(approvedChange, "DEVELOPMENT");
        awaitStage(pending, "NEW");
        awaitStage(othersChange, "DEVELOPMENT");
        String search = PATH + "/change-tickets";

        // the OPD's operator sees its own changes only; approved=true keeps what a report may cite
        assertThat(ids(http.get(search).auth(operator(opd)).send())).containsExactlyInAnyOrder(approvedChange,
                pending);
        JsonNode citable = http.get(search + "?approved=true").auth(operator(opd)).send().json();
        assertThat(ids(citable)).containsExactly(approvedChange);
        JsonNode item = citable.get("items").get(0);
        assertThat(item.get("opd").asString()).isEqualTo(opd);
        assertThat(item.get("category").asString()).isEqualTo("JARINGAN");
        assertThat(item.get("affectedSite").asString()).isEqualTo("Gedung Kominfo Lantai 2");
        assertThat(item.get("openedBy").asString()).isEqualTo("operator.uji");
        assertThat(item.get("approved").asBoolean()).isTrue();
        assertThat(item.get("approvedBy").asString()).isEqualTo("kepala.dinas");
        assertThat(item.get("stage").asString()).isEqualTo("DEVELOPMENT");
        assertStatus(http.get(search + "?opd=" + other).auth(operator(opd)).send(), 403);

        // Dinas searches one OPD: by the start of the id, the site (any case) or the category
        String oneOpd = search + "?opd=" + opd + "&q=";
        assertThat(ids(http.get(oneOpd + approvedChange.substring(0, 8).toUpperCase()).auth(admin()).send()))
                .containsExactly(approvedChange);
        assertThat(ids(http.get(oneOpd + "gedung%20kominfo").auth(admin()).send())).containsExactly(approvedChange);
        assertThat(ids(http.get(oneOpd + "aplikasi").auth(admin()).send())).containsExactly(pending);
        assertThat(ids(http.get(oneOpd + approvedChange.substring(4, 12)).auth(admin()).send()))
                .as("an id matches from its start only").isEmpty();
        assertThat(ids(http.get(search + "?opd=" + other + "&approved=true").auth(admin()).send()))
                .containsExactly(othersChange);
        JsonNode paged = http.get(search + "?opd=" + opd + "&size=1&sort=openedAt,asc").auth(admin()).send().json();
        assertThat(paged.get("totalItems").asLong()).isEqualTo(2);
        assertThat(paged.get("items")).hasSize(1);
        assertStatus(http.get(search).send(), 401);
    }

    @Test
    void aChangeKeepsTheTitleServicedeskSendsIsFoundByItAndOlderEventsWithoutOneAreTolerated_N7_S6() {
        String titled = UUID.randomUUID().toString();
        openedTitled(titled, opd, "Penambahan VLAN CCTV lantai 2");
        approvedTitled(titled, opd, null);
        String untitled = UUID.randomUUID().toString();
        openedAs(untitled, opd, "JARINGAN", null);
        String titledOnApproval = UUID.randomUUID().toString();
        openedAs(titledOnApproval, opd, "JARINGAN", null);
        approvedTitled(titledOnApproval, opd, "Migrasi switch inti ke  fiber ");
        awaitStage(titled, "DEVELOPMENT");
        awaitStage(untitled, "NEW");
        awaitStage(titledOnApproval, "DEVELOPMENT");
        String search = PATH + "/change-tickets?opd=" + opd + "&q=";

        // the opening's title is kept; an approval without one (an older servicedesk) does not erase it
        JsonNode found = http.get(search + "vlan%20cctv").auth(operator(opd)).send().json();
        assertThat(ids(found)).containsExactly(titled);
        assertThat(found.get("items").get(0).get("title").asString()).isEqualTo("Penambahan VLAN CCTV lantai 2");
        // an event without a title (servicedesk before it sent one) is kept all the same, titled null
        JsonNode listed = http.get(PATH + "/change-tickets/" + untitled).auth(operator(opd)).send().json();
        assertThat(listed.get("stage").asString()).isEqualTo("NEW");
        assertThat(listed.path("title").isNull() || listed.path("title").isMissingNode()).isTrue();
        // a title that only the approval carries is taken from it (stripped) and found case-insensitively
        assertThat(ids(http.get(search + "SWITCH%20INTI").auth(admin()).send())).containsExactly(titledOnApproval);
        assertThat(http.get(PATH + "/change-tickets/" + titledOnApproval).auth(admin()).send().json().get("title")
                .asString()).isEqualTo("Migrasi switch inti ke  fiber");
        // q is taken literally: a regular-expression character finds nothing rather than everything
        assertThat(ids(http.get(search + "VLAN.*").auth(admin()).send())).isEmpty();
    }

    static List<String> ids(TestHttp.Reply reply) {
        assertStatus(reply, 200);
        return ids(reply.json());
    }

    static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    void addVlan(String code, int vid) {
        assertStatus(http.post("/api/v1/lans/" + code + "/vlans").auth(admin())
                .json(Map.of("vid", vid, "name", "Staf")).send(), 201);
    }

    Map<String, Object> report(String code, String ticket) {
        Map<String, Object> body = new HashMap<>(Map.of("opd", code, "what", "VLAN staf ditambah",
                "why", "Sesuai perubahan yang disetujui", "performedOn", LocalDate.now().minusDays(1).toString()));
        body.put("changeTicketId", ticket);
        return body;
    }

    /** Waits for the read model to follow servicedesk's events (generous: the broker is slow on a busy machine). */
    void awaitStage(String ticket, String stage) {
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            TestHttp.Reply reply = http.get(PATH + "/change-tickets/" + ticket).auth(admin()).send();
            return reply.status() == 200 && stage.equals(reply.json().get("stage").asString());
        });
    }

    // servicedesk's events, in the shape of its schemas (servicedesk-service/src/main/resources/events)

    static String opened(String ticket, String opd, String type) {
        ObjectNode data = data(ticket, opd, Instant.now());
        data.put("type", type).put("category", "JARINGAN").put("impact", "SEDANG").put("urgency", "SEDANG")
                .put("priority", "SEDANG").put("tier", "TIER1").put("channel", "PORTAL")
                .put("openedAt", Instant.now().toString()).put("openedBy", "operator.uji");
        return publish("ticket-opened.v1", "id.go.spbe.ticket.opened.v1", ticket, data);
    }

    /** A PERUBAHAN ticket opened with a category and (optionally) the site it affects. */
    static String openedAs(String ticket, String opd, String category, String site) {
        ObjectNode data = data(ticket, opd, Instant.now());
        data.put("type", "PERUBAHAN").put("category", category).put("impact", "SEDANG").put("urgency", "SEDANG")
                .put("priority", "SEDANG").put("tier", "TIER1").put("channel", "PORTAL")
                .put("openedAt", Instant.now().toString()).put("openedBy", "operator.uji");
        if (site != null) {
            data.put("affectedSite", site);
        }
        return publish("ticket-opened.v1", "id.go.spbe.ticket.opened.v1", ticket, data);
    }

    /** A PERUBAHAN ticket opened with a title, as servicedesk sends it since it added {@code title}. */
    static String openedTitled(String ticket, String opd, String title) {
        ObjectNode data = data(ticket, opd, Instant.now());
        data.put("type", "PERUBAHAN").put("title", title).put("category", "JARINGAN").put("impact", "SEDANG")
                .put("urgency", "SEDANG").put("priority", "SEDANG").put("tier", "TIER1").put("channel", "PORTAL")
                .put("openedAt", Instant.now().toString()).put("openedBy", "operator.uji");
        return publish("ticket-opened.v1", "id.go.spbe.ticket.opened.v1", ticket, data);
    }

    /** An approval with the ticket's title, or without one ({@code title} null: the field is left out). */
    static String approvedTitled(String ticket, String opd, String title) {
        ObjectNode data = data(ticket, opd, Instant.now());
        data.putNull("affectedApplicationId");
        data.put("approverRole", "DINAS_ADMIN").put("approvedBy", "kepala.dinas");
        if (title != null) {
            data.put("title", title);
        }
        return publish("change-approved.v1", "id.go.spbe.change.approved.v1", ticket, data);
    }

    static String stage(String ticket, String opd, String from, String to) {
        return stageAt(ticket, opd, from, to, Instant.now());
    }

    static String stageAt(String ticket, String opd, String from, String to, Instant at) {
        ObjectNode data = data(ticket, opd, at);
        data.put("from", from).put("to", to).put("changedBy", "teknisi.uji");
        return publish("ticket-stage-changed.v1", "id.go.spbe.ticket.stage-changed.v1", ticket, data);
    }

    static String approved(String ticket, String opd) {
        ObjectNode data = data(ticket, opd, Instant.now());
        data.putNull("affectedApplicationId");
        data.put("approverRole", "DINAS_ADMIN").put("approvedBy", "kepala.dinas");
        return publish("change-approved.v1", "id.go.spbe.change.approved.v1", ticket, data);
    }

    static String implemented(String ticket, String opd) {
        ObjectNode data = data(ticket, opd, Instant.now());
        data.putNull("affectedApplicationId");
        data.put("implementedBy", "teknisi.uji");
        return publish("change-implemented.v1", "id.go.spbe.change.implemented.v1", ticket, data);
    }

    static ObjectNode data(String ticket, String opd, Instant at) {
        ObjectNode data = JSON.createObjectNode();
        data.put("eventId", UUID.randomUUID().toString()).put("occurredAt", at.toString()).put("ticketId", ticket)
                .put("requesterOpd", opd);
        return data;
    }

    /** Publishes {@code data} in the envelope servicedesk's outbox relay writes; returns the record value. */
    static String publish(String schema, String type, String ticket, ObjectNode data) {
        EventSchemas.assertValid(EventSchemas.producerSchema("servicedesk-service", schema), data.toString());
        String envelope = """
                {"specversion":"1.0","id":"%s","source":"/spbe/servicedesk-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","opd":"%s","actor":"system","data":%s}"""
                .formatted(data.get("eventId").asString(), type, ticket, data.get("occurredAt").asString(),
                        data.get("requesterOpd").asString(), data);
        TestKafka.send(TICKETS, ticket, envelope);
        return envelope;
    }
}
