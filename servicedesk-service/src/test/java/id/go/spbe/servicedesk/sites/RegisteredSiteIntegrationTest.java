package id.go.spbe.servicedesk.sites;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.ticket.TicketEventsSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.admin;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.form;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.registeredSite;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * S1 with N1: a ticket's affected site may be a registered site of the requester OPD, known from network-service's
 * site events; the ticket keeps the name and address as they were at opening, next to the free-text location.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class RegisteredSiteIntegrationTest {

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

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static void assertRule(TestHttp.Reply reply, String obligation) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.json().get("obligation").asString()).isEqualTo(obligation);
    }

    List<String> optionNames(String token, String query) {
        TestHttp.Reply reply = http.get("/api/v1/tickets/site-options?" + query).auth(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().map(i -> i.get("name").asString()).toList();
    }

    @Test
    void anOpdUserIsOfferedItsOwnOpdsRegisteredSitesOnly_S1_N1() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        registeredSite(mongo, unique("site"), "DINKES", "Puskesmas Talang Rimbo " + tag, "Jl. Talang Rimbo");
        registeredSite(mongo, unique("site"), "DINKES", "Gudang Farmasi " + tag, "Jl. Merdeka " + tag);
        registeredSite(mongo, unique("site"), "DISDIK", "SMP Negeri 1 " + tag, "Jl. Sekolah");

        assertThat(optionNames(operator("DINKES"), "q=" + tag)).containsExactly("Gudang Farmasi " + tag,
                "Puskesmas Talang Rimbo " + tag); // sorted by name; another OPD's site is not offered
        assertThat(optionNames(operator("DINKES"), "q=talang%20rimbo%20" + tag))
                .containsExactly("Puskesmas Talang Rimbo " + tag); // the name, case-insensitively
        assertThat(optionNames(operator("DINKES"), "q=merdeka%20" + tag)).containsExactly("Gudang Farmasi " + tag);
        assertThat(http.get("/api/v1/tickets/site-options?opd=DISDIK").auth(operator("DINKES")).send().status())
                .isEqualTo(403);
        assertThat(optionNames(admin(), "opd=DISDIK&q=" + tag)).containsExactly("SMP Negeri 1 " + tag);
        assertThat(optionNames(admin(), "q=" + tag)).hasSize(3);
        JsonNode page = http.get("/api/v1/tickets/site-options?size=1&q=" + tag).auth(operator("DINKES")).send()
                .json();
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(optionNames(operator("DINKES"), "q=%28.%2A%29")).isEmpty(); // q is text, not a pattern
    }

    @Test
    void aTicketNamesARegisteredSiteOfItsOwnOpdAndKeepsItsNameAsAtOpening_S1_N1() {
        String siteId = registeredSite(mongo, unique("site"), "DINKES", "Puskesmas Curup", "Jl. Sukowati No. 1");
        Map<String, Object> body = form("GANGGUAN", "JARINGAN", "SEDANG", "TINGGI");
        body.put("affectedSiteId", siteId);
        body.put("affectedSite", "Ruang server lantai 2");
        TestHttp.Reply reply = http.post("/api/v1/tickets").auth(operator("DINKES")).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode ticket = reply.json();
        String id = ticket.get("id").asString();
        assertThat(ticket.get("affectedSite").asString()).isEqualTo("Ruang server lantai 2");
        assertThat(ticket.get("affectedRegisteredSite").get("id").asString()).isEqualTo(siteId);
        assertThat(ticket.get("affectedRegisteredSite").get("name").asString()).isEqualTo("Puskesmas Curup");
        assertThat(ticket.get("affectedRegisteredSite").get("address").asString()).isEqualTo("Jl. Sukowati No. 1");

        JsonNode opened = TicketEventsSupport.published(id, "ticket.opened"); // validated against the schema
        assertThat(opened.get("affectedSiteId").asString()).isEqualTo(siteId);
        assertThat(opened.get("affectedSite").asString()).isEqualTo("Ruang server lantai 2");

        // network renames the site: the picker follows, the ticket keeps what was true when it was opened
        String data = """
                {"eventId":"%s","occurredAt":"%s","siteId":"%s","opdCode":"DINKES","name":"Puskesmas Curup Kota",
                 "address":"Jl. Sukowati No. 1","uplinks":[]}""".formatted(UUID.randomUUID(),
                Instant.now().plusSeconds(5), siteId);
        EventSchemas.assertValid(EventSchemas.producerSchema("network-service", "site-updated.v1"), data);
        TestKafka.send("spbe.network.site.v1", siteId, """
                {"specversion":"1.0","id":"%s","source":"/spbe/network-service","type":"id.go.spbe.site.updated.v1",
                 "subject":"%s","time":"%s","opd":"DINKES","data":%s}""".formatted(UUID.randomUUID(), siteId,
                Instant.now(), data));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Puskesmas Curup Kota".equals(
                mongo.findById(siteId, org.bson.Document.class, "site_references").getString("name")));
        assertThat(http.get("/api/v1/tickets/" + id).auth(operator("DINKES")).send().json()
                .get("affectedRegisteredSite").get("name").asString()).isEqualTo("Puskesmas Curup");
    }

    @Test
    void anotherOpdsOrAnUnknownSiteIsRefused_alsoForDinasOpeningASecurityTicketForAnOpd_S1() {
        String dinkesSite = registeredSite(mongo, unique("site"), "DINKES", "Labkesda", null);
        String disdikSite = registeredSite(mongo, unique("site"), "DISDIK", "SD Negeri 3", "Jl. Pendidikan");

        Map<String, Object> other = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        other.put("affectedSiteId", disdikSite);
        assertRule(http.post("/api/v1/tickets").auth(operator("DINKES")).json(other).send(), "S1");
        Map<String, Object> unknown = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG");
        unknown.put("affectedSiteId", "tidak-terdaftar");
        assertRule(http.post("/api/v1/tickets").auth(operator("DINKES")).json(unknown).send(), "S1");

        Map<String, Object> security = form("GANGGUAN", "KEAMANAN", "TINGGI", "TINGGI");
        security.put("requesterOpd", "DISDIK");
        security.put("affectedSiteId", dinkesSite);
        assertRule(http.post("/api/v1/tickets").auth(admin()).json(security).send(), "S1");
        security.put("affectedSiteId", disdikSite);
        TestHttp.Reply opened = http.post("/api/v1/tickets").auth(admin()).json(security).send();
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.json().get("tier").asString()).isEqualTo("TIER2");
        assertThat(opened.json().get("affectedRegisteredSite").get("name").asString()).isEqualTo("SD Negeri 3");

        Map<String, Object> none = form("GANGGUAN", "PERANGKAT", "SEDANG", "SEDANG"); // optional: none named
        TestHttp.Reply plain = http.post("/api/v1/tickets").auth(operator("DINKES")).json(none).send();
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.json().path("affectedRegisteredSite").isNull()
                || plain.json().path("affectedRegisteredSite").isMissingNode()).isTrue();
    }
}
