package id.go.spbe.monev.competency;

import id.go.spbe.monev.MonevTestSupport;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.go.spbe.monev.MonevTestSupport.ISSUER;
import static id.go.spbe.monev.MonevTestSupport.auditor;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.evaluator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** M5 over HTTP, profile Kota Bitung (no roles required by its regulation): the register, its history and the report. */
@SpbeIntegrationTest
class CompetencyIntegrationTest {

    static final String BASE = "/api/v1/evaluations/competencies";

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

    static Map<String, Object> staff(String name, String... roles) {
        return Map.of("name", name, "position", "Pranata Komputer Ahli Pertama", "competencies",
                List.of(roles).stream().map(r -> Map.of("role", r, "evidenceDocumentId", "doc-" + r.toLowerCase()))
                        .toList());
    }

    int present(String role) {
        JsonNode gap = http.get(BASE + "/gap").auth(evaluator()).send().json();
        return gap.get("roles").valueStream().filter(l -> l.get("role").asString().equals(role)).findFirst()
                .orElseThrow().get("present").asInt();
    }

    @Test
    void dinasKeepsTheRegisterAndTheGapReportCountsActiveStaff_M5() {
        int before = present("HOSTING_ENGINEER");
        TestHttp.Reply created = http.post(BASE + "/staff").auth(dinas())
                .json(staff("Rina", "HOSTING_ENGINEER", "PROGRAMMER")).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("opd").asString()).isEqualTo(MonevTestSupport.DINAS);
        MonevTestSupport.event("spbe.monev.competency.v1", id, ".staff-updated.v1", "competency-staff-updated.v1",
                d -> true);
        assertThat(present("HOSTING_ENGINEER")).isEqualTo(before + 1);
        JsonNode gap = http.get(BASE + "/gap").auth(auditor()).send().json();
        assertThat(gap.get("roles").size()).isEqualTo(5);
        assertThat(gap.get("complete").asBoolean()).as("Bitung's regulation requires no role").isTrue();

        assertThat(http.put(BASE + "/staff/" + id).auth(dinas()).header("If-Match", "\"77\"")
                .json(staff("Rina", "PROGRAMMER")).send().status()).isEqualTo(412);
        TestHttp.Reply updated = http.put(BASE + "/staff/" + id).auth(dinas()).header("If-Match",
                created.header("ETag")).json(staff("Rina", "PROGRAMMER")).send();
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(present("HOSTING_ENGINEER")).isEqualTo(before);
        TestHttp.Reply twice = http.put(BASE + "/staff/" + id).auth(dinas())
                .json(staff("Rina", "PROGRAMMER", "PROGRAMMER")).send();
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("obligation").asString()).isEqualTo("M5");

        int programmers = present("PROGRAMMER");
        assertThat(http.post(BASE + "/staff/" + id + "/leave").auth(dinas()).send().status()).isEqualTo(200);
        assertThat(present("PROGRAMMER")).isEqualTo(programmers - 1);
        assertThat(http.post(BASE + "/staff/" + id + "/leave").auth(dinas()).send().status()).isEqualTo(409);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(BASE + "/staff/" + id + "/history")
                .auth(auditor()).send().json().get("entries").size() == 3);
        assertThat(http.get(BASE + "/staff?active=false&size=100").auth(dinas()).send().json().get("items")
                .valueStream().map(i -> i.get("id").asString()).toList()).contains(id);
    }

    @Test
    void theRegisterExportsAsCsvWithTheListsFilterAndNeverToAnOpd_M5() {
        String id = http.post(BASE + "/staff").auth(dinas()).json(staff("Wayan Ekspor", "NETWORK_ENGINEER",
                "TECHNICAL_SUPPORT")).send().json().get("id").asString();
        TestHttp.Reply csv = http.get(BASE + "/staff/export.csv?active=true").auth(evaluator()).send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("kompetensi-sdm-tik.csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("name,position,active,competencies,valid_competencies,updated_at");
        assertThat(lines).anyMatch(l -> l.startsWith("Wayan Ekspor,Pranata Komputer Ahli Pertama,true,"
                + "NETWORK_ENGINEER; TECHNICAL_SUPPORT,NETWORK_ENGINEER; TECHNICAL_SUPPORT,"));
        assertThat(Long.parseLong(csv.header("X-Total-Count"))).isEqualTo(lines.size() - 1);

        assertThat(http.post(BASE + "/staff/" + id + "/leave").auth(dinas()).send().status()).isEqualTo(200);
        assertThat(http.get(BASE + "/staff/export.csv?active=true").auth(dinas()).send().text())
                .as("a member who left is not active").doesNotContain("Wayan Ekspor");
        assertThat(http.get(BASE + "/staff/export.csv?active=false").auth(dinas()).send().text())
                .contains("Wayan Ekspor,Pranata Komputer Ahli Pertama,false,");
        assertThat(http.get(BASE + "/staff/export.csv").auth(MonevTestSupport.operator("DINKES")).send().status())
                .as("names are personal data: OPD operators never read the register").isEqualTo(403);
        assertThat(http.get(BASE + "/staff/export.csv?active=maybe").auth(dinas()).send().status()).isEqualTo(400);
    }

    @Test
    void onlyDinasOwnsTheRegister_M5() {
        String otherAdmin = ISSUER.user("admin.dinkes").opd("DINKES").roles("DINAS_ADMIN").bearer();
        TestHttp.Reply reply = http.post(BASE + "/staff").auth(otherAdmin).json(staff("Budi", "PROGRAMMER")).send();
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("obligation").asString()).isEqualTo("M5");
    }
}
