package id.go.spbe.servicedesk;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tokens of the desk's users and the directory and register facts the tests need, sent as the real events. */
public final class ServicedeskTestSupport {

    public static final String TICKETS_TOPIC = "spbe.servicedesk.ticket.v1";
    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    private static final String OPDS = "spbe.app-registry.opd.v1";
    private static final String APPLICATIONS = "spbe.app-registry.application.v1";
    private static final String SITES = "spbe.network.site.v1";
    private static volatile boolean directorySent;

    private ServicedeskTestSupport() {
    }

    public static String admin() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    public static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    public static String tier1(String opd, String username) {
        return ISSUER.user(username).opd(opd).roles("TIER1_AGENT").bearer();
    }

    public static String tier2(String username) {
        return ISSUER.user(username).opd("DISKOMINFO").roles("TIER2_AGENT").bearer();
    }

    public static String auditor() {
        return ISSUER.user("auditor").roles("AUDITOR").bearer();
    }

    /** An OPD system's machine token (client credentials). */
    public static String machine(String opd, String client) {
        return ISSUER.user("service-account-" + client).clientId(client).opd(opd).roles("INTEGRATION").bearer();
    }

    /** DINKES and DISDIK (with Tier 1 rosters), DISHUB (none) and DISKOMINFO (Dinas), as app-registry publishes. */
    public static void directory(MongoTemplate mongo) {
        if (!directorySent) {
            for (String code : new String[] {"DINKES", "DISDIK", "DISHUB", "DISKOMINFO"}) {
                String data = """
                        {"eventId":"%s","occurredAt":"2026-01-01T00:00:00Z","code":"%s","name":"Dinas %s",
                         "kind":"DINAS","dinas":%s,"mandiriTik":false,"active":true}"""
                        .formatted(UUID.randomUUID(), code, code, code.equals("DISKOMINFO"));
                EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-registered.v1"),
                        data);
                TestKafka.send(OPDS, code, """
                        {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service",
                         "type":"id.go.spbe.opd.registered.v1","subject":"%s","time":"2026-01-01T00:00:00Z",
                         "data":%s}""".formatted(UUID.randomUUID(), code, data));
            }
            directorySent = true;
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISKOMINFO", org.bson.Document.class,
                "opd_references") != null && mongo.findById("DISHUB", org.bson.Document.class,
                "opd_references") != null);
    }

    /** Sets a roster as Dinas; DINKES has teknisi.dinkes and teknisi2.dinkes, DISDIK teknisi.disdik. */
    public static void rosters(TestHttp http) {
        for (Map.Entry<String, String> e : Map.of("DINKES", """
                {"technicians":[{"username":"teknisi.dinkes","name":"Teknisi Dinkes","phone":"0812 1111"},
                                {"username":"teknisi2.dinkes","name":"Teknisi Dua"}]}""",
                "DISDIK", """
                {"technicians":[{"username":"teknisi.disdik","name":"Teknisi Disdik"}]}""").entrySet()) {
            TestHttp.Reply reply = http.put("/api/v1/tier1-roster/" + e.getKey()).auth(admin())
                    .body("application/json", e.getValue()).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
    }

    /** Publishes an application event exactly as app-registry-service does, checked against its schema. */
    public static void applicationEvent(String type, String schema, String appId, String opd, String data) {
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", schema), data);
        TestKafka.send(APPLICATIONS, appId, """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"%s","subject":"%s",
                 "time":"%s","opd":"%s","data":%s}""".formatted(UUID.randomUUID(), type, appId, Instant.now(), opd,
                data));
    }

    /** Registers an application in the service desk's record, through app-registry's real event. */
    public static String registeredApplication(MongoTemplate mongo, String name, String opd) {
        String appId = UUID.randomUUID().toString();
        applicationEvent("id.go.spbe.application.registered.v1", "application-registered.v1", appId, opd, """
                {"eventId":"%s","occurredAt":"%s","applicationId":"%s","name":"%s","ownerOpd":"%s",
                 "applicationClass":"UMUM","userOpds":["%s"],"status":"ACTIVE","registeredAt":"%s",
                 "registeredBy":"operator"}""".formatted(UUID.randomUUID(), Instant.now(), appId, name, opd, opd,
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(appId, org.bson.Document.class,
                "application_references") != null);
        return appId;
    }

    /**
     * Registers a site of {@code opd} in the service desk's record, through network-service's real site event
     * (checked against network's schema); waits until the record shows {@code name}. Returns the site id.
     */
    public static String registeredSite(MongoTemplate mongo, String siteId, String opd, String name, String address) {
        String data = """
                {"eventId":"%s","occurredAt":"%s","siteId":"%s","opdCode":"%s","name":"%s","address":"%s",
                 "latitude":-3.46,"longitude":102.53,"uplinks":[{"network":"PROVINCIAL","provider":"Telkom",
                 "bandwidthMbps":50,"circuitId":null,"description":null}]}""".formatted(UUID.randomUUID(),
                Instant.now(), siteId, opd, name, address);
        EventSchemas.assertValid(EventSchemas.producerSchema("network-service", "site-registered.v1"), data);
        TestKafka.send(SITES, siteId, """
                {"specversion":"1.0","id":"%s","source":"/spbe/network-service","type":"id.go.spbe.site.registered.v1",
                 "subject":"%s","time":"%s","opd":"%s","data":%s}""".formatted(UUID.randomUUID(), siteId,
                Instant.now(), opd, data));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            org.bson.Document site = mongo.findById(siteId, org.bson.Document.class, "site_references");
            return site != null && name.equals(site.getString("name"));
        });
        return siteId;
    }

    /** A ticket form; category LAINNYA needs no application. */
    public static Map<String, Object> form(String type, String category, String impact, String urgency) {
        return new java.util.HashMap<>(Map.of("type", type, "category", category, "title", "Printer tidak bisa mencetak",
                "description", "Sejak pagi printer ruang layanan tidak merespons.", "impact", impact,
                "urgency", urgency));
    }
}
