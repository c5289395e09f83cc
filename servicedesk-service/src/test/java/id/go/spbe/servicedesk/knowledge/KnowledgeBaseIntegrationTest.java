package id.go.spbe.servicedesk.knowledge;

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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.auditor;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier2;
import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base (S7): from a resolved ticket, versions, visibility, If-Match, search and suggestions. */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class KnowledgeBaseIntegrationTest {

    static final String ARTICLES = "/api/v1/knowledge-articles";

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
    void aResolvedTicketBecomesAnArticleThatIsPublishedEditedInVersionsAndArchived_S7() {
        String requester = operator("DINKES");
        String t1 = tier1("DINKES", "teknisi.dinkes");
        String ticket = http.post("/api/v1/tickets").auth(requester).json(form("GANGGUAN", "PERANGKAT", "SEDANG",
                "SEDANG")).send().json().get("id").asString();
        http.post("/api/v1/tickets/" + ticket + "/take").auth(t1).send();
        String fromTicket = "/api/v1/tickets/" + ticket + "/knowledge-article";
        assertThat(http.post(fromTicket).auth(t1).send().status()).as("not resolved yet").isEqualTo(409);
        http.post("/api/v1/tickets/" + ticket + "/resolve").auth(t1)
                .json(Map.of("resolutionNote", "Rol penarik kertas dibersihkan dan driver dipasang ulang.")).send();

        assertThat(http.post(fromTicket).auth(requester).send().status()).as("requester side").isEqualTo(403);
        assertThat(http.post(fromTicket).auth(tier1("DISDIK", "teknisi.disdik")).send().status())
                .as("another OPD's agent does not see the ticket").isEqualTo(404);
        TestHttp.Reply created = http.post(fromTicket).auth(t1).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode draft = created.json();
        String id = draft.get("id").asString();
        assertThat(created.header("Location")).endsWith(ARTICLES + "/" + id);
        assertThat(draft.get("title").asString()).isEqualTo("Printer tidak bisa mencetak");
        assertThat(draft.get("body").asString()).isEqualTo("Rol penarik kertas dibersihkan dan driver dipasang ulang.");
        assertThat(draft.get("category").asString()).isEqualTo("PERANGKAT");
        assertThat(draft.get("sourceTicketId").asString()).isEqualTo(ticket);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(http.post(ARTICLES).auth(tier2("agen.t2")).json(Map.of("fromTicket", ticket)).send().status())
                .as("one article per ticket").isEqualTo(409);
        assertThat(http.get(ARTICLES + "?ticket=" + ticket).auth(t1).send().json().get("totalItems").asLong())
                .isEqualTo(1);

        // a draft is for the desk and Dinas only
        assertThat(http.get(ARTICLES + "/" + id).auth(requester).send().status()).isEqualTo(404);
        assertThat(http.get(ARTICLES + "/" + id).auth(admin()).send().status()).isEqualTo(200);

        // every write names the version it is based on
        String publish = ARTICLES + "/" + id + "/publish";
        assertThat(http.post(publish).auth(t1).send().status()).isEqualTo(428);
        assertThat(http.post(publish).auth(t1).header("If-Match", "\"99\"").send().status()).isEqualTo(412);
        TestHttp.Reply published = http.post(publish).auth(t1).header("If-Match", created.header("ETag")).send();
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(http.post(publish).auth(t1).header("If-Match", published.header("ETag")).send().status())
                .as("published once").isEqualTo(409);
        JsonNode event = publishedEvent(id, 1);
        assertThat(event.get("sourceTicketId").asString()).isEqualTo(ticket);
        assertThat(event.get("publishedBy").asString()).isEqualTo("teknisi.dinkes");
        assertThat(event.toString()).doesNotContain("driver dipasang");
        assertThat(http.get(ARTICLES + "/" + id).auth(requester).send().status()).isEqualTo(200);

        // an edit of a published article is a new version; the old one stays readable
        TestHttp.Reply edited = http.put(ARTICLES + "/" + id).auth(tier2("agen.t2"))
                .header("If-Match", published.header("ETag")).json(Map.of("title", "Printer tidak mencetak",
                        "body", "Bersihkan rol, pasang ulang driver, periksa antrean cetak.", "category",
                        "PERANGKAT")).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("version").asInt()).isEqualTo(2);
        assertThat(edited.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(publishedEvent(id, 2).get("title").asString()).isEqualTo("Printer tidak mencetak");
        JsonNode v1 = http.get(ARTICLES + "/" + id + "/versions/1").auth(requester).send().json();
        assertThat(v1.get("body").asString()).isEqualTo("Rol penarik kertas dibersihkan dan driver dipasang ulang.");
        assertThat(v1.get("editedBy").asString()).isEqualTo("teknisi.dinkes");
        assertThat(http.get(ARTICLES + "/" + id + "/versions").auth(requester).send().json().size()).isEqualTo(2);
        assertThat(http.get(ARTICLES + "/" + id + "/versions/3").auth(requester).send().status()).isEqualTo(404);
        assertThat(http.put(ARTICLES + "/" + id).auth(requester).header("If-Match", edited.header("ETag"))
                .json(Map.of("title", "x", "body", "y", "category", "DATA")).send().status()).isEqualTo(403);

        TestHttp.Reply archived = http.post(ARTICLES + "/" + id + "/archive").auth(admin())
                .header("If-Match", edited.header("ETag")).send();
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(http.get(ARTICLES + "/" + id).auth(requester).send().status()).isEqualTo(404);
        assertThat(http.get(ARTICLES + "/" + id).auth(auditor()).send().status()).as("auditor: published only")
                .isEqualTo(404);
        assertThat(http.put(ARTICLES + "/" + id).auth(t1).header("If-Match", archived.header("ETag"))
                .json(Map.of("title", "x", "body", "y", "category", "DATA")).send().status()).isEqualTo(409);

        JsonNode history = http.get(ARTICLES + "/" + id + "/history").auth(t1).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").size()).as("drafted, published, version 2, archived").isEqualTo(4);
        var archivedEvent = TestKafka.await("spbe.servicedesk.knowledge-article.v1", r -> id.equals(r.key())
                && r.value().contains("\"ARCHIVED\""), Duration.ofSeconds(30));
        EventSchemas.assertValid(EventSchemas.producerSchema("servicedesk-service", "knowledge-article-changed.v1"),
                JsonMapper.builder().build().readTree(archivedEvent.value()).get("data").toString());
    }

    @Test
    void searchInBahasaIndonesiaFindsStemmedWordsRankedByTitleAndSuggestsAtMostFive_S7() {
        String t2 = tier2("agen.t2");
        String lan = publish(t2, "Kelola Jaringan LAN", "Periksa switch, kabel UTP dan pembagian VLAN.", "JARINGAN");
        String password = publish(t2, "Atur ulang kata sandi akun surel",
                "Kata sandi diatur ulang dari jaringan kantor oleh admin.", "AKUN_DAN_AKSES");
        String draft = http.post(ARTICLES).auth(t2).json(Map.of("title", "Pengelolaan jaringan nirkabel",
                "body", "Titik akses.", "category", "JARINGAN")).send().json().get("id").asString();

        JsonNode page = http.get(ARTICLES + "?q=pengelolaan%20jaringan").auth(operator("DISHUB")).send().json();
        List<String> found = ids(page);
        assertThat(found).as("title match first, body match after, no draft").contains(lan, password)
                .doesNotContain(draft);
        assertThat(found.indexOf(lan)).isLessThan(found.indexOf(password));
        assertThat(ids(http.get(ARTICLES + "?q=pengelolaan%20jaringan&status=DRAFT").auth(t2).send().json()))
                .containsExactly(draft);
        assertThat(ids(http.get(ARTICLES + "?q=pengelolaan%20jaringan&status=DRAFT").auth(operator("DISHUB"))
                .send().json())).as("not for the requester side").isEmpty();
        assertThat(http.get(ARTICLES + "?q=yang%20dan%20di").auth(operator("DISHUB")).send().json().get("totalItems")
                .asLong()).as("stop words only").isZero();
        assertThat(ids(http.get(ARTICLES + "?q=mengelola&category=AKUN_DAN_AKSES").auth(t2).send().json()))
                .doesNotContain(lan);

        List<String> more = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            more.add(publish(t2, "Jaringan gedung " + i + " terputus", "Kabel jaringan gedung diganti.", "JARINGAN"));
        }
        JsonNode paged = http.get(ARTICLES + "?q=jaringan&size=2&page=1").auth(operator("DISHUB")).send().json();
        assertThat(paged.get("items").size()).isEqualTo(2);
        assertThat(paged.get("totalItems").asLong()).isGreaterThanOrEqualTo(7);

        TestHttp.Reply suggestions = http.post(ARTICLES + "/suggestions").auth(operator("DISHUB"))
                .json(Map.of("title", "Tidak bisa mengelola LAN", "description", "Jaringan kantor putus.")).send();
        assertThat(suggestions.status()).as(suggestions.toString()).isEqualTo(200);
        assertThat(suggestions.json().size()).isEqualTo(5);
        assertThat(suggestions.json().get(0).get("id").asString()).isEqualTo(lan);
        assertThat(http.post(ARTICLES + "/suggestions").auth(operator("DISHUB"))
                .json(Map.of("title", "Printer bergaris")).send().json().toString()).doesNotContain(lan);
    }

    private String publish(String token, String title, String body, String category) {
        TestHttp.Reply created = http.post(ARTICLES).auth(token).json(Map.of("title", title, "body", body,
                "category", category)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http.post(ARTICLES + "/" + id + "/publish").auth(token).header("If-Match", created.header("ETag"))
                .send().status()).isEqualTo(200);
        return id;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(a -> ids.add(a.get("id").asString()));
        return ids;
    }

    private static JsonNode publishedEvent(String articleId, int version) {
        var record = TestKafka.await("spbe.servicedesk.knowledge-article.v1", r -> articleId.equals(r.key())
                && r.value().contains("knowledge-article.published.v1")
                && r.value().contains("\"version\":" + version + ","), Duration.ofSeconds(30));
        JsonNode envelope = JsonMapper.builder().build().readTree(record.value());
        assertThat(envelope.get("type").asString()).isEqualTo("id.go.spbe.knowledge-article.published.v1");
        JsonNode data = envelope.get("data");
        EventSchemas.assertValid(EventSchemas.producerSchema("servicedesk-service",
                "knowledge-article-published.v1"), data.toString());
        return data;
    }
}
