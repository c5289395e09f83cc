package id.go.spbe.appregistry.search;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.KEPEGAWAIAN;
import static id.go.spbe.appregistry.search.ApplicationFixtures.form;
import static id.go.spbe.appregistry.search.ApplicationFixtures.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * G5 before registration: the form asks, while the name is typed, which applications of any OPD it may duplicate —
 * scored like a registration, ids withheld as there, nothing stored.
 */
@SpbeIntegrationTest
class DuplicateCandidatesIntegrationTest {

    static final String PATH = "/api/v1/applications/duplicate-candidates";

    @LocalServerPort
    int port;

    @Autowired
    DuplicateProperties properties;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((key, value) -> query.append(query.isEmpty() ? "?" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return PATH + query;
    }

    static Optional<JsonNode> candidateNamed(JsonNode reply, String name, String owner) {
        return reply.get("candidates").valueStream()
                .filter(c -> c.get("name").asString().equals(name) && c.get("ownerOpd").asString().equals(owner))
                .findFirst();
    }

    @Test
    void g5TheFormLearnsOfAnotherOpdsSimilarApplicationBeforeRegistering() {
        String word = uniqueWord();
        String name = "Sistem Informasi Manajemen Kepegawaian " + word;
        TestHttp.Reply registered = http.post("/api/v1/applications").auth(operator("DISDIK"))
                .json(form(name, "Pengelolaan data induk pegawai, riwayat jabatan, pangkat dan cuti ASN", KEPEGAWAIAN))
                .send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long dinkesBefore = dinkesApplications();
        String typed = query(Map.of("name", "SIMPEG " + word + " Data Pegawai", "description",
                "Data pegawai dinas kesehatan: jabatan, pangkat, cuti", "functionDomain", "KEPEGAWAIAN"));

        // another OPD's operator: told the name, OPD and why, not the record's id or status
        TestHttp.Reply asOperator = http.get(typed).auth(operator("DINKES")).send();
        assertThat(asOperator.status()).as(asOperator.toString()).isEqualTo(200);
        assertThat(asOperator.json().get("minScore").asDouble()).isEqualTo(properties.minScore());
        JsonNode hidden = candidateNamed(asOperator.json(), name, "DISDIK")
                .orElseThrow(() -> new AssertionError(asOperator.toString()));
        assertThat(hidden.get("id").isNull()).isTrue();
        assertThat(hidden.get("status").isNull()).isTrue();
        assertThat(hidden.get("sameOpd").asBoolean()).isFalse();
        assertThat(hidden.get("score").asDouble()).isBetween(properties.minScore(), 1.0);
        assertThat(hidden.get("reasons").valueStream().map(JsonNode::asString)).contains("bidang sama: KEPEGAWAIAN");

        // the owner OPD's operator and Dinas get the record's id; sameOpd follows the form's owner
        JsonNode own = candidateNamed(http.get(typed).auth(operator("DISDIK")).send().json(), name, "DISDIK")
                .orElseThrow();
        assertThat(own.get("id").asString()).isEqualTo(registered.json().get("id").asString());
        assertThat(own.get("sameOpd").asBoolean()).isTrue();
        JsonNode forDinas = candidateNamed(http.get(typed + "&ownerOpd=DISDIK").auth(admin()).send().json(), name,
                "DISDIK").orElseThrow();
        assertThat(forDinas.get("id").asString()).isEqualTo(registered.json().get("id").asString());
        assertThat(forDinas.get("status").asString()).isEqualTo("DRAFT");
        assertThat(forDinas.get("sameOpd").asBoolean()).isTrue();

        // asking registers nothing
        assertThat(dinkesApplications()).isEqualTo(dinkesBefore);
    }

    @Test
    void g5AnUnrelatedNameHasNoCandidates() {
        TestHttp.Reply reply = http.get(query(Map.of("name", uniqueWord() + " " + uniqueWord())))
                .auth(operator("DINKES")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("candidates").isEmpty()).isTrue();
    }

    @Test
    void badInputIsA400ProblemAndOnlyRegistrantsMayAsk() {
        for (String bad : new String[] {PATH, query(Map.of("name", "  ")), query(Map.of("name", "x".repeat(201))),
                query(Map.of("name", "Simpeg", "functionDomain", "BUKAN_BIDANG"))}) {
            TestHttp.Reply reply = http.get(bad).auth(operator("DINKES")).send();
            assertThat(reply.status()).as(bad + " → " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get(query(Map.of("name", "Simpeg"))).send().status()).isEqualTo(401);
        assertThat(http.get(query(Map.of("name", "Simpeg"))).auth(auditor()).send().status()).isEqualTo(403);
    }

    private long dinkesApplications() {
        TestHttp.Reply list = http.get("/api/v1/applications?size=1").auth(operator("DINKES")).send();
        assertThat(list.status()).isEqualTo(200);
        return list.json().get("totalItems").asLong();
    }
}
