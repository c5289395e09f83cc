package id.go.spbe.network.change;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.go.spbe.network.NetworkTestSupport.admin;
import static id.go.spbe.network.NetworkTestSupport.assertRuleViolation;
import static id.go.spbe.network.NetworkTestSupport.assertSchemaValid;
import static id.go.spbe.network.NetworkTestSupport.assertStatus;
import static id.go.spbe.network.NetworkTestSupport.awaitEvent;
import static id.go.spbe.network.NetworkTestSupport.designate;
import static id.go.spbe.network.NetworkTestSupport.newOpd;
import static id.go.spbe.network.NetworkTestSupport.operator;
import static id.go.spbe.network.NetworkTestSupport.registerOpd;
import static org.assertj.core.api.Assertions.assertThat;

/** LAN change reports over HTTP (N7): the computed diff, coverage of revisions, acknowledgement, events, history. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class LanChangeReportIntegrationTest {

    static final String TOPIC = "spbe.network.lan-change.v1";
    static final String PATH = "/api/v1/lan-changes";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;
    String opd;
    String lan;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opd = registerOpd(mongo, newOpd(), "Dinas Perhubungan Uji");
        lan = "/api/v1/lans/" + opd;
    }

    Map<String, Object> report(String what) {
        Map<String, Object> body = new HashMap<>(Map.of("opd", opd, "what", what, "why", "Penataan ulang jaringan",
                "performedOn", LocalDate.now().minusDays(1).toString()));
        return body;
    }

    JsonNode uncovered(String token) {
        TestHttp.Reply reply = http.get(PATH + "/uncovered?opd=" + opd).auth(token).send();
        assertStatus(reply, 200);
        return reply.json();
    }

    @Test
    void aReportCoversTheRevisionsSinceTheLastOneWithTheComputedDiffAndDinasAcknowledgesIt_N7() {
        assertStatus(http.post(lan + "/vlans").auth(admin()).json(Map.of("vid", 10, "name", "Staf")).send(), 201);
        TestHttp.Reply device = http.post(lan + "/devices").auth(admin())
                .json(Map.of("name", "sw-1", "kind", "SWITCH", "interfaces", List.of(Map.of("name", "p1")))).send();
        String deviceId = device.json().get("id").asString();
        assertThat(uncovered(operator(opd)).get("items")).extracting(i -> i.get("revision").asLong())
                .containsExactly(1L, 2L);

        Map<String, Object> body = report("Switch lantai 2 dipasang");
        body.put("ticketReference", "PERUBAHAN-2026-0042");
        TestHttp.Reply filed = http.post(PATH).auth(admin()).json(body).send();
        assertStatus(filed, 201);
        assertThat(filed.header("Location")).startsWith(PATH + "/");
        JsonNode first = filed.json();
        assertThat(first.get("status").asString()).isEqualTo("REPORTED");
        assertThat(first.get("steward").asString()).isEqualTo("DINAS");
        assertThat(first.get("diff").get("fromRevision").asLong()).isEqualTo(0);
        assertThat(first.get("diff").get("toRevision").asLong()).isEqualTo(2);
        assertThat(first.get("diff").get("added").asLong()).isEqualTo(2);
        assertThat(first.get("diff").get("entries")).extracting(e -> e.get("label").asString())
                .containsExactly("SWITCH sw-1", "VLAN 10 (Staf)");
        assertThat(uncovered(admin()).get("items")).isEmpty();

        JsonNode event = awaitEvent(TOPIC, first.get("id").asString(), "id.go.spbe.lan-change.reported.v1",
                "PERUBAHAN-2026-0042");
        assertThat(event.get("opd").asString()).isEqualTo(opd);
        assertThat(event.get("data").get("added").asInt()).isEqualTo(2);
        assertSchemaValid(event, "lan-change-reported.v1");

        // the next change is uncovered until a report names it; the default range starts after the last report
        assertStatus(http.put(lan + "/devices/" + deviceId).auth(admin()).json(Map.of("name", "sw-lantai-2",
                "kind", "SWITCH", "interfaces", List.of(Map.of("name", "p1", "untaggedVlan", 10)))).send(), 200);
        assertThat(uncovered(admin()).get("items")).extracting(i -> i.get("change").asString())
                .containsExactly("DEVICE_UPDATED");
        TestHttp.Reply second = http.post(PATH).auth(admin()).json(report("Switch diberi nama baru")).send();
        assertStatus(second, 201);
        assertThat(second.json().get("diff").get("fromRevision").asLong()).isEqualTo(2);
        assertThat(second.json().get("diff").get("entries")).extracting(e -> e.get("part").asString() + " "
                + e.get("kind").asString()).containsExactly("DEVICE CHANGED", "INTERFACE CHANGED");
        assertThat(second.json().get("diff").get("entries").get(0).get("fields").get(0).asString())
                .isEqualTo("name");

        // acknowledged by Dinas, once, with If-Match
        String id = first.get("id").asString();
        assertStatus(http.post(PATH + "/" + id + "/acknowledge").auth(admin()).header("If-Match", "\"7\"")
                .json(Map.of()).send(), 412);
        TestHttp.Reply ack = http.post(PATH + "/" + id + "/acknowledge").auth(admin())
                .header("If-Match", filed.header("ETag")).json(Map.of("note", "Sesuai tiket")).send();
        assertStatus(ack, 200);
        assertThat(ack.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(ack.json().get("acknowledgedBy").asString()).isEqualTo("admin.dinas");
        assertStatus(http.post(PATH + "/" + id + "/acknowledge").auth(admin()).json(Map.of()).send(), 409);
        assertSchemaValid(awaitEvent(TOPIC, id, "id.go.spbe.lan-change.acknowledged.v1", "Sesuai tiket"),
                "lan-change-acknowledged.v1");

        TestHttp.Reply history = http.get(PATH + "/" + id + "/history").auth(operator(opd)).send();
        assertStatus(history, 200);
        assertThat(history.json().get("intact").asBoolean()).isTrue();
        assertThat(history.json().get("entries")).hasSize(2);

        TestHttp.Reply listed = http.get(PATH + "?opd=" + opd + "&status=REPORTED").auth(operator(opd)).send();
        assertStatus(listed, 200);
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(listed.json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void reportsThatCoverNothingOrTheFutureOrAnotherReportsRevisionsAreRefused_N7() {
        assertRuleViolation(http.post(PATH).auth(admin()).json(report("Tidak ada apa-apa")).send(), "N7");
        assertStatus(http.post(lan + "/vlans").auth(admin()).json(Map.of("vid", 10, "name", "Staf")).send(), 201);
        assertStatus(http.post(lan + "/vlans").auth(admin()).json(Map.of("vid", 20, "name", "Tamu")).send(), 201);

        Map<String, Object> future = report("Belum terjadi");
        future.put("performedOn", LocalDate.now().plusDays(3).toString());
        assertRuleViolation(http.post(PATH).auth(admin()).json(future).send(), "N7");
        Map<String, Object> beyond = report("Terlalu jauh");
        beyond.put("toRevision", 9);
        TestHttp.Reply tooFar = http.post(PATH).auth(admin()).json(beyond).send();
        assertRuleViolation(tooFar, "N7");
        assertThat(tooFar.json().get("detail").asString()).contains("revisi 2");

        Map<String, Object> firstOnly = report("VLAN staf");
        firstOnly.put("toRevision", 1);
        assertStatus(http.post(PATH).auth(admin()).json(firstOnly).send(), 201);
        Map<String, Object> overlapping = report("Lagi");
        overlapping.put("fromRevision", 0);
        TestHttp.Reply twice = http.post(PATH).auth(admin()).json(overlapping).send();
        assertStatus(twice, 409);
        assertThat(twice.json().get("detail").asString()).contains("1–1");
        assertThat(uncovered(admin()).get("items")).extracting(i -> i.get("revision").asLong())
                .containsExactly(2L);
    }

    @Test
    void theStewardReportsSoAMandiriTikOpdReportsItsOwnChanges_N7_N3() {
        designate(mongo, opd, "Dinas Perhubungan Uji", true);
        assertStatus(http.post(lan + "/vlans").auth(operator(opd)).json(Map.of("vid", 10, "name", "Staf")).send(),
                201);
        assertStatus(http.post(lan + "/byod-acknowledgement").auth(operator(opd))
                .json(Map.of("policyReference", "Perbup 7/2026")).send(), 200);
        // a BYOD acknowledgement changes no equipment: it needs no report
        assertThat(uncovered(operator(opd)).get("items")).hasSize(1);

        assertRuleViolation(http.post(PATH).auth(admin()).json(report("Dinas melapor")).send(), "N3");
        TestHttp.Reply own = http.post(PATH).auth(operator(opd)).json(report("VLAN staf dibuat")).send();
        assertStatus(own, 201);
        assertThat(own.json().get("steward").asString()).isEqualTo("OPD");
        assertStatus(http.post(PATH + "/" + own.json().get("id").asString() + "/acknowledge").auth(operator(opd))
                .json(Map.of()).send(), 403);
    }

    @Test
    void theDiffPreviewComparesAnyTwoRevisionsOfAReadableLan_N7() {
        assertStatus(http.post(lan + "/prefixes").auth(admin()).json(Map.of("cidr", "10.201.0.0/16")).send(), 201);
        TestHttp.Reply diff = http.get(PATH + "/diff?opd=" + opd + "&from=1&to=0").auth(operator(opd)).send();
        assertStatus(diff, 200);
        assertThat(diff.json().get("removed").asLong()).isEqualTo(1);
        assertThat(diff.json().get("entries").get(0).get("label").asString()).isEqualTo("10.201.0.0/16");
        assertRuleViolation(http.get(PATH + "/diff?opd=" + opd + "&from=0&to=5").auth(admin()).send(), "N7");
        assertStatus(http.get(PATH + "/diff?opd=" + opd + "&from=0&to=1").auth(operator(newOpd())).send(), 404);
    }

    @Test
    void theChangeReportsExportAsCsvWithTheDiffCountsScopedLikeTheList_N7() {
        assertStatus(http.post(lan + "/vlans").auth(admin()).json(Map.of("vid", 10, "name", "Staf")).send(), 201);
        Map<String, Object> body = report("=VLAN staf, lantai 1");
        body.put("ticketReference", "PERUBAHAN-2026-0077");
        String id = http.post(PATH).auth(admin()).json(body).send().json().get("id").asString();
        String other = registerOpd(mongo, newOpd(), "Dinas CSV Lain");
        assertStatus(http.post("/api/v1/lans/" + other + "/vlans").auth(admin())
                .json(Map.of("vid", 20, "name", "Tamu")).send(), 201);
        String othersReport = http.post(PATH).auth(admin()).json(Map.of("opd", other, "what", "VLAN tamu", "why",
                "uji", "performedOn", LocalDate.now().minusDays(1).toString())).send().json().get("id").asString();
        assertStatus(http.post(PATH + "/" + othersReport + "/acknowledge").auth(admin()).json(Map.of()).send(), 200);

        TestHttp.Reply csv = http.get(PATH + "/export.csv").auth(operator(opd)).send();
        assertStatus(csv, 200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("laporan-perubahan-lan.csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,opd,performedOn,what,why,ticketReference,changeTicketId,fromRevision,"
                + "toRevision,added,removed,changed,steward,status,reportedBy,reportedAt,acknowledgedBy,"
                + "acknowledgedAt,acknowledgementNote");
        // the leading '=' is defused and the comma quoted; revisions 0→1 add one VLAN; not acknowledged yet
        assertThat(lines.get(1)).startsWith(id + "," + opd + "," + LocalDate.now().minusDays(1) + ",\"'=VLAN staf, "
                + "lantai 1\",Penataan ulang jaringan,PERUBAHAN-2026-0077,,0,1,1,0,0,DINAS,REPORTED,admin.dinas,")
                .endsWith(",,,");
        // scoped like the list: the operator gets no other OPD's report, nor may name that OPD; the filter applies
        assertThat(csv.text()).doesNotContain(othersReport);
        assertStatus(http.get(PATH + "/export.csv?opd=" + other).auth(operator(opd)).send(), 403);
        assertThat(http.get(PATH + "/export.csv").auth(admin()).send().text()).contains(id, othersReport);
        assertThat(http.get(PATH + "/export.csv?status=ACKNOWLEDGED").auth(admin()).send().text())
                .contains(othersReport).doesNotContain(id);
    }
}
