package id.go.spbe.appregistry.search;

import id.go.spbe.appregistry.application.ApplicationRepository;
import id.go.spbe.platform.search.IndonesianText;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.KEPEGAWAIAN;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.SEKTOR_KESEHATAN;
import static id.go.spbe.appregistry.search.ApplicationFixtures.form;
import static id.go.spbe.appregistry.search.ApplicationFixtures.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search on the application list: relevance, OPD scope, filters, odd input, index freshness. */
@SpbeIntegrationTest
class SearchIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    IndonesianText text;

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    SearchProperties searchProperties;

    @Autowired
    Clock clock;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    String register(String token, Map<String, Object> form) {
        TestHttp.Reply reply = http.post("/api/v1/applications").auth(token).json(form).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    TestHttp.Reply search(String token, String q, String more) {
        return http.get("/api/v1/applications?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more).auth(token)
                .send();
    }

    static List<String> ids(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().map(a -> a.get("id").asString()).toList();
    }

    @Test
    void aRegisteredApplicationIsSearchableAsSoonAsTheRegistrationReturns() {
        String word = uniqueWord();
        String id = register(operator("DINKES"), form("Aplikasi " + word, "Pencatatan rujukan pasien", SEKTOR_KESEHATAN));
        // no wait, no retry: the save hook refreshed the index before the 201 was sent
        assertThat(ids(search(operator("DINKES"), word, ""))).containsExactly(id);

        TestHttp.Reply current = http.get("/api/v1/applications/" + id).auth(operator("DINKES")).send();
        TestHttp.Reply updated = http.put("/api/v1/applications/" + id).auth(operator("DINKES"))
                .header("If-Match", current.header("ETag"))
                .json(form("Aplikasi Rujukan Terpadu", "Pencatatan rujukan pasien " + word + "x", SEKTOR_KESEHATAN))
                .send();
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(ids(search(operator("DINKES"), word, ""))).isEmpty();
        assertThat(ids(search(operator("DINKES"), word + "x", ""))).containsExactly(id);
    }

    @Test
    void anOperatorNeverGetsAnotherOpdsHitsWhileRegionWideRolesDo() {
        String word = uniqueWord();
        String dinkes = register(operator("DINKES"), form("Sistem Informasi " + word, null, SEKTOR_KESEHATAN));
        String disdik = register(operator("DISDIK"), form("Aplikasi " + word + " Sekolah", null));

        assertThat(ids(search(operator("DISDIK"), word, ""))).containsExactly(disdik);
        assertThat(ids(search(operator("DINKES"), word, ""))).containsExactly(dinkes);
        assertThat(ids(search(admin(), word, ""))).containsExactlyInAnyOrder(dinkes, disdik);
        assertThat(ids(search(auditor(), word, ""))).containsExactlyInAnyOrder(dinkes, disdik);
        assertThat(ids(search(admin(), word, "&opd=DINKES"))).containsExactly(dinkes);
        TestHttp.Reply foreign = search(operator("DISDIK"), word, "&opd=DINKES");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(search(admin(), word, "&opd=TIDAK-ADA").status()).isEqualTo(422);
    }

    @Test
    void hitsAreRankedByRelevanceThenPagedAndTheOtherFiltersApply() {
        String word = uniqueWord();
        String inName = register(admin(), withOwner(form("Aplikasi " + word + " Kepegawaian", null, KEPEGAWAIAN),
                "DINKES"));
        String inDescription = register(admin(), withOwner(form("Aplikasi Presensi",
                "Presensi harian yang terhubung ke " + word, KEPEGAWAIAN), "DINKES"));
        String inBoth = register(admin(), withOwner(form(word + " Pegawai",
                "Data " + word + " untuk seluruh pegawai", KEPEGAWAIAN), "DISDIK"));

        JsonNode page0 = search(admin(), word, "&size=2").json();
        assertThat(page0.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page0.get("totalPages").asInt()).isEqualTo(2);
        List<String> first = page0.get("items").valueStream().map(a -> a.get("id").asString()).toList();
        List<String> second = ids(search(admin(), word, "&size=2&page=1"));
        assertThat(first).containsExactly(inBoth, inName);
        assertThat(second).containsExactly(inDescription);

        // the list's filters and a requested sort still parse; sort does not override relevance
        assertThat(ids(search(admin(), word, "&opd=DINKES&sort=name,desc"))).containsExactly(inName, inDescription);
        assertThat(ids(search(admin(), word, "&status=ACTIVE"))).isEmpty();
        assertThat(ids(search(admin(), word, "&functionDomain=SEKTOR_KESEHATAN"))).isEmpty();
        assertThat(search(admin(), word, "&sort=secret").status()).isEqualTo(400);
    }

    @Test
    void aPageBeyondTheEndIsEmptyNotAnError() {
        String word = uniqueWord();
        register(operator("DINKES"), form("Aplikasi " + word, null));
        TestHttp.Reply far = search(operator("DINKES"), word, "&page=50&size=20");
        assertThat(ids(far)).isEmpty();
        assertThat(far.json().get("totalItems").asLong()).isEqualTo(1);
        // Past the reachable offset (page × size over PageRequests.MAX_OFFSET) is a 400 naming page (issue 7, defect 14).
        TestHttp.Reply overflow = search(operator("DINKES"), word, "&page=2147483647&size=200");
        assertThat(overflow.status()).isEqualTo(400);
        assertThat(overflow.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    @Test
    void indonesianWordFormsFindEachOther() {
        String word = uniqueWord();
        String id = register(operator("DISDIK"), form("Aplikasi Pengelolaan Perizinan Sekolah " + word,
                "Pengaduan dari masyarakat tentang perizinan", SEKTOR_KESEHATAN));
        assertThat(ids(search(operator("DISDIK"), "kelola " + word, ""))).contains(id);
        assertThat(ids(search(operator("DISDIK"), "izin sekolah " + word, ""))).contains(id);
        assertThat(ids(search(operator("DISDIK"), "aduan rakyat " + word, ""))).contains(id);
        // a function domain's label is searchable
        assertThat(ids(search(operator("DISDIK"), "kesehatan " + word, ""))).contains(id);
        // typing the beginning of a name's word finds it
        assertThat(ids(search(operator("DISDIK"), word.substring(0, 6), ""))).contains(id);
    }

    @Test
    void queryCharactersAreTakenAsPlainWordsAndNeverCauseA500() {
        String word = uniqueWord();
        String id = register(operator("DINKES"), form("Aplikasi " + word, null));
        for (String odd : List.of("\"", "AND (", word + " AND (", "*:*", "\\", "+-&&||!(){}[]^\"~*?:\\/", "name:" + word,
                word + "~2", "'; db.dropDatabase(); //", "%", "😀 " + word, "yang dan dengan")) {
            TestHttp.Reply reply = search(operator("DINKES"), odd, "");
            assertThat(reply.status()).as(odd + " → " + reply).isEqualTo(200);
        }
        assertThat(ids(search(operator("DINKES"), word + " AND (", ""))).contains(id);
        assertThat(ids(search(operator("DINKES"), "name:" + word, ""))).contains(id);
        assertThat(ids(search(operator("DINKES"), "\"", ""))).isEmpty();
        // Control characters are refused in every query parameter (issue 7, defect 9): a 400 naming q, not a 500.
        TestHttp.Reply nul = search(operator("DINKES"), "\u0000", "");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @Test
    void aQueryLongerThan200CharactersIsA400() {
        TestHttp.Reply reply = search(operator("DINKES"), "a".repeat(201), "");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(search(operator("DINKES"), "kata ".repeat(40), "").status()).isEqualTo(200);
        assertThat(search(null, "pegawai", "").status()).isEqualTo(401);
    }

    @Test
    void theCatchUpIndexesChangesMadeWithoutTheSaveHook() {
        String word = uniqueWord();
        String id = register(operator("DINKES"), form("Aplikasi Antrean", null));
        // another replica's write, or an update that bypasses Spring Data's save: no AfterSave here
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("name", "Aplikasi Antrean " + word).set("updatedAt", clock.instant())
                        .inc("version", 1), "applications");
        assertThat(ids(search(operator("DINKES"), word, ""))).isEmpty();

        maintenance.catchUp();

        assertThat(ids(search(operator("DINKES"), word, ""))).containsExactly(id);
        assertThat(searchProperties.catchUpInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aStaleIndexEntryNeverShowsWhatMongoNoLongerAllows() {
        String word = uniqueWord();
        String id = register(operator("DINKES"), form("Aplikasi " + word, null));
        // moved to DISDIK behind the index's back (e.g. by another replica, before the catch-up)
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("ownerOpd", "DISDIK"),
                "applications");
        TestHttp.Reply stale = search(operator("DINKES"), word, "");
        assertThat(ids(stale)).isEmpty();
        assertThat(ids(search(admin(), word, "&opd=DINKES"))).isEmpty();
        assertThat(ids(search(admin(), word, ""))).containsExactly(id);
    }

    @Test
    void aRebuildFromMongoIndexesEveryApplicationAndTheIndexReportsReady() {
        ApplicationIndex fresh = new ApplicationIndex(text);
        try {
            IndexMaintenance rebuilder = new IndexMaintenance(fresh, mongo, searchProperties, clock);
            assertThat(rebuilder.ready()).isFalse();
            int read = rebuilder.rebuild();
            assertThat(read).isEqualTo((int) applications.count());
            assertThat(fresh.size()).isEqualTo(read);
            assertThat(rebuilder.ready()).isTrue();
        } finally {
            try {
                fresh.destroy();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertThat(maintenance.ready()).isTrue();
        TestHttp.Reply readiness = http.get("/actuator/health/readiness").send();
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
    }

    static Map<String, Object> withOwner(Map<String, Object> form, String owner) {
        form.put("ownerOpd", owner);
        return form;
    }
}
