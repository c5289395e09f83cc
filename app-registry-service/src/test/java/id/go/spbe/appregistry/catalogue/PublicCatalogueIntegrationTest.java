package id.go.spbe.appregistry.catalogue;

import id.go.spbe.appregistry.application.ApplicationRepository;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.KEPEGAWAIAN;
import static id.go.spbe.appregistry.application.domain.FunctionDomain.SEKTOR_KESEHATAN;
import static id.go.spbe.appregistry.search.ApplicationFixtures.active;
import static id.go.spbe.appregistry.search.ApplicationFixtures.details;
import static id.go.spbe.appregistry.search.ApplicationFixtures.form;
import static id.go.spbe.appregistry.search.ApplicationFixtures.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

/** The public catalogue: no token, ACTIVE applications only, a closed set of public fields, briefly cacheable. */
@SpbeIntegrationTest
class PublicCatalogueIntegrationTest {

    static final Set<String> PUBLIC_FIELDS = Set.of("id", "name", "description", "ownerOpd", "ownerOpdName",
            "applicationClass", "serviceType", "functionDomains", "url", "licence", "sourceRepositoryUrl");
    static final Licence OPEN = new Licence(Licence.Kind.OPEN_SOURCE, "EUPL-1.2");
    static final Licence CLOSED = new Licence(Licence.Kind.CLOSED_SOURCE, "LicenseRef-Proprietary");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ApplicationRules rules;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    TestHttp.Reply list(String query) {
        return http.get("/api/v1/public/applications" + query).send();
    }

    static List<String> ids(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().map(a -> a.get("id").asString()).toList();
    }

    static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    Application activeApp(String owner, String name, Licence licence) {
        return active(applications, rules, owner, details(name, "Layanan " + name + " untuk warga", licence,
                "https://git.rejanglebongkab.go.id/" + owner.toLowerCase() + "/app", SEKTOR_KESEHATAN));
    }

    @Test
    void onlyActiveApplicationsAreEverShown() {
        String word = uniqueWord();
        Application running = activeApp("DINKES", "Aplikasi " + word + " Berjalan", OPEN);
        String draft = http.post("/api/v1/applications").auth(operator("DINKES"))
                .json(form("Aplikasi " + word + " Draf", null, SEKTOR_KESEHATAN)).send().json().get("id").asString();
        String submitted = http.post("/api/v1/applications").auth(operator("DINKES"))
                .json(form("Aplikasi " + word + " Diajukan", null, SEKTOR_KESEHATAN)).send().json().get("id")
                .asString();
        assertThat(http.post("/api/v1/applications/" + submitted + "/submit").auth(operator("DINKES")).send()
                .status()).isEqualTo(200);
        Application retired = activeApp("DINKES", "Aplikasi " + word + " Pensiun", OPEN);
        retired.decommission("Diganti", "admin.dinas", Instant.now());
        applications.save(retired);

        assertThat(ids(list("?q=" + word))).containsExactly(running.id());
        assertThat(ids(list("?opd=DINKES&size=200&sort=registeredAt,desc")))
                .contains(running.id()).doesNotContain(draft, submitted, retired.id());
        assertThat(http.get("/api/v1/public/applications/" + running.id()).send().status()).isEqualTo(200);
        for (String hidden : List.of(draft, submitted, retired.id(), "tidak-ada")) {
            TestHttp.Reply reply = http.get("/api/v1/public/applications/" + hidden).send();
            assertThat(reply.status()).as(hidden).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        // every listed application, on every page, is active
        int pages = list("?size=50").json().get("totalPages").asInt();
        for (int page = 0; page < pages; page++) {
            for (String id : ids(list("?size=50&page=" + page))) {
                assertThat(applications.findById(id).orElseThrow().status().name()).isEqualTo("ACTIVE");
            }
        }
    }

    @Test
    void noPrivateFieldLeaksAndTheJsonKeepsItsContract() {
        String word = uniqueWord();
        Application open = activeApp("DINKES", "Aplikasi " + word + " Terbuka", OPEN);
        Application closed = activeApp("DISDIK", "Aplikasi " + word + " Tertutup", CLOSED);

        JsonNode page = list("?q=" + word + "&sort=name").json();
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "totalItems",
                "totalPages");
        for (JsonNode item : page.get("items")) {
            assertThat(item.propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
        }
        JsonNode detail = http.get("/api/v1/public/applications/" + open.id()).send().json();
        assertThat(detail.propertyNames()).containsExactlyInAnyOrderElementsOf(PUBLIC_FIELDS);
        assertThat(detail.get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(detail.get("ownerOpdName").asString()).isEqualTo("Dinas Kesehatan");
        assertThat(detail.get("applicationClass").asString()).isEqualTo("KHUSUS");
        assertThat(detail.get("serviceType").asString()).isEqualTo("TRANSAKSI");
        assertThat(detail.get("url").asString()).endsWith(".rejanglebongkab.go.id");
        assertThat(detail.get("licence").propertyNames()).containsExactlyInAnyOrder("kind", "spdxId");
        assertThat(detail.get("sourceRepositoryUrl").asString()).isEqualTo("https://git.rejanglebongkab.go.id/dinkes/app");
        JsonNode domain = detail.get("functionDomains").get(0);
        assertThat(domain.propertyNames()).containsExactlyInAnyOrder("code", "label");
        assertThat(domain.get("label").asString()).isEqualTo("Layanan sektor kesehatan");

        // closed source: the repository is not published
        JsonNode closedDetail = http.get("/api/v1/public/applications/" + closed.id()).send().json();
        assertThat(closedDetail.get("sourceRepositoryUrl").isNull()).isTrue();
        // nothing private anywhere in the text: contacts, vendor contract, hosting, tech stack, documents, history
        String text = http.get("/api/v1/public/applications/" + open.id()).send().text()
                + list("?q=" + word).text();
        assertThat(text).doesNotContain("Budi", "budi@", "0000 1111", "PT Rahasia Vendor", "KONTRAK-77", "vps-042",
                "PostgreSQL", ".pdf", "operator.fixture", "admin.dinas", "Lulus UAT", "Layak", "history", "version");
    }

    @Test
    void publicResponsesNeedNoTokenAndMayBeCachedBriefly() {
        Application app = activeApp("DINKES", "Aplikasi " + uniqueWord(), OPEN);
        for (TestHttp.Reply reply : List.of(list(""), http.get("/api/v1/public/applications/" + app.id()).send())) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Cache-Control")).contains("max-age=60").contains("public");
        }
        // a token is accepted too, and changes nothing
        assertThat(http.get("/api/v1/public/applications/" + app.id()).auth(admin()).send().status()).isEqualTo(200);
    }

    @Test
    void theCatalogueFiltersSearchesPagesAndSorts() {
        String word = uniqueWord();
        Application a = activeApp("DINKES", "Aplikasi " + word + " Alfa", OPEN);
        Application b = activeApp("DINKES", "Aplikasi " + word + " Beta", OPEN);
        Application c = active(applications, rules, "DISDIK", details("Kepegawaian " + word, "Data pegawai sekolah",
                OPEN, null, KEPEGAWAIAN));

        assertThat(ids(list("?q=" + word + "&opd=DINKES"))).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(ids(list("?q=" + word + "&functionDomain=KEPEGAWAIAN"))).containsExactly(c.id());
        assertThat(ids(list("?q=" + word + "&serviceType=INFORMASI"))).isEmpty();
        assertThat(ids(list("?q=" + q("pegawai " + word)))).first().isEqualTo(c.id());
        assertThat(ids(list("?q=" + word + "&size=2"))).hasSize(2);
        assertThat(ids(list("?q=" + word + "&size=2&page=1"))).hasSize(1);
        assertThat(ids(list("?q=" + word + "&page=9"))).isEmpty();

        List<String> byNameDesc = list("?opd=DINKES&size=200&sort=name,desc").json().get("items").valueStream()
                .map(item -> item.get("name").asString()).collect(Collectors.toList());
        assertThat(byNameDesc).isSortedAccordingTo((x, y) -> y.compareTo(x));
    }

    @Test
    void badCatalogueInputIsAClear4xxNeverA500() {
        assertThat(list("?q=" + "a".repeat(201)).status()).isEqualTo(400);
        assertThat(list("?sort=contacts").status()).isEqualTo(400);
        assertThat(list("?functionDomain=RAHASIA").status()).isEqualTo(400);
        assertThat(list("?size=0").status()).isEqualTo(400);
        assertThat(list("?page=-1").status()).isEqualTo(400);
        assertThat(list("?page=abc").status()).isEqualTo(400);
        for (String odd : List.of("\"", "AND (", "*:*", "\\", "+-&&||!(){}[]^\"~*?:\\/")) {
            assertThat(list("?q=" + q(odd)).status()).as(odd).isEqualTo(200);
        }
        assertThat(list("?opd=TIDAK-ADA").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/public/applications").json(Map.of("name", "x")).send().status())
                .isIn(401, 403, 405);
    }
}
