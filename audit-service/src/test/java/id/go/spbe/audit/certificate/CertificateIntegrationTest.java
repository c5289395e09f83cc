package id.go.spbe.audit.certificate;

import id.go.spbe.audit.support.AuditApi;
import id.go.spbe.audit.support.AuditEvents;
import id.go.spbe.audit.support.TestCertificates;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.audit.support.AuditApi.dinas;
import static id.go.spbe.audit.support.AuditApi.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The electronic-certificate register (AU9) in the shared test context (AU9 switched on; which profiles monitor is
 * CertificateMonitoringTest's): typed entries and uploaded X.509/PKCS#7 files generated in the test, duplicates,
 * expiring-soon and expired flags, the leased expiry job warning once per threshold, If-Match and history.
 */
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
class CertificateIntegrationTest {

    static final String TOPIC = "spbe.audit.certificate.v1";
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    CertificateExpiryWatch watch;

    @Autowired
    ScheduledJobs jobs;

    TestHttp http;
    Instant started;

    @BeforeAll
    static void directoryKnowsTheOpds() {
        for (String opd : List.of("DINKES", "DISDIK", "DISKOMINFO")) {
            AuditEvents.opdRegistered(opd);
        }
    }

    @BeforeEach
    void setUp() {
        started = clock.instant();
        clock.set(NOW);
        http = new AuditApi(port).http();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById("DISDIK", org.bson.Document.class,
                "opd_references") != null);
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(started);
    }

    static String serial() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    static Map<String, Object> typed(String opd, String serial, Instant notAfter) {
        Map<String, Object> body = new HashMap<>();
        body.put("holder", "dr. Sari");
        body.put("opdCode", opd);
        body.put("issuer", "CN=BSrE Root CA,O=BSSN,C=ID");
        body.put("serialNumber", serial);
        body.put("notBefore", NOW.minus(Duration.ofDays(300)).toString());
        body.put("notAfter", notAfter.toString());
        body.put("keyUsage", List.of("DIGITAL_SIGNATURE", "NON_REPUDIATION"));
        return body;
    }

    JsonNode register(String token, Map<String, Object> body) {
        TestHttp.Reply reply = http.post("/api/v1/certificates").auth(token).json(body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    /** DER bytes cannot travel through TestHttp's string bodies: one raw request. */
    static HttpResponse<String> postBytes(int port, String path, String token, String contentType, byte[] body)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean lists(String query, String id) {
        TestHttp.Reply reply = http.get("/api/v1/certificates?size=200&" + query).auth(dinas()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("items").valueStream().anyMatch(i -> i.get("id").asString().equals(id));
    }

    @Test
    void au9AnOpdRegistersItsOwnCertificateTypedByHandAndTheSameIssuerAndSerialIs409() {
        String serial = serial();
        TestHttp.Reply created = http.post("/api/v1/certificates").auth(operator("DINKES"))
                .json(typed("DINKES", serial, NOW.plus(Duration.ofDays(400)))).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/certificates/");
        assertThat(created.header("ETag")).isNotBlank();
        JsonNode c = created.json();
        assertThat(c.get("status").asString()).isEqualTo("VALID");
        assertThat(c.get("source").asString()).isEqualTo("MANUAL");
        assertThat(c.get("registeredBy").asString()).isEqualTo("operator.dinkes");
        AuditEvents.published(TOPIC, "id.go.spbe.certificate.registered.v1", c.get("id").asString(), 1);

        String spaced = serial.substring(0, 2).toLowerCase() + ":" + serial.substring(2);
        TestHttp.Reply duplicate = http.post("/api/v1/certificates").auth(dinas())
                .json(typed("DISDIK", spaced, NOW.plus(Duration.ofDays(400)))).send();
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        TestHttp.Reply forOther = http.post("/api/v1/certificates").auth(operator("DINKES"))
                .json(typed("DISDIK", serial(), NOW.plus(Duration.ofDays(400)))).send();
        assertThat(forOther.status()).as("an OPD registers its own only").isEqualTo(403);
        assertThat(register(dinas(), typed("DISDIK", serial(), NOW.plus(Duration.ofDays(400))))
                .get("opdCode").asString()).isEqualTo("DISDIK");
    }

    @Test
    void au9CertificatesAreReadFromUploadedX509AndPkcs7Files() throws Exception {
        X509Certificate pemCert = TestCertificates.generate("Kepala Dinkes", NOW.minus(Duration.ofDays(1)), 365,
                "digitalSignature,nonRepudiation");
        TestHttp.Reply pem = http.post("/api/v1/certificates/import?opd=DINKES").auth(operator("DINKES"))
                .body("application/x-pem-file", TestCertificates.pem(pemCert)).send();
        assertThat(pem.status()).as(pem.toString()).isEqualTo(201);
        assertThat(pem.json().get("holder").asString()).isEqualTo("Kepala Dinkes");
        assertThat(pem.json().get("serialNumber").asString()).isEqualTo(TestCertificates.serial(pemCert));
        assertThat(pem.json().get("notAfter").asString())
                .isEqualTo(pemCert.getNotAfter().toInstant().toString());
        assertThat(pem.json().get("keyUsage").valueStream().map(JsonNode::asString).toList())
                .containsExactly("DIGITAL_SIGNATURE", "NON_REPUDIATION");
        assertThat(pem.json().get("source").asString()).isEqualTo("X509");
        AuditEvents.published(TOPIC, "id.go.spbe.certificate.registered.v1", pem.json().get("id").asString(), 1);

        X509Certificate derCert = TestCertificates.generate("Sekretaris Disdik", NOW, 90, "keyEncipherment");
        HttpResponse<String> der = postBytes(port, "/api/v1/certificates/import?opd=DISDIK&holder=Sekdis",
                dinas(), "application/pkix-cert", TestCertificates.der(derCert));
        assertThat(der.statusCode()).as(der.body()).isEqualTo(201);
        JsonNode derJson = new ObjectMapper().readTree(der.body());
        assertThat(derJson.get("holder").asString()).isEqualTo("Sekdis");
        assertThat(derJson.get("keyUsage").get(0).asString()).isEqualTo("KEY_ENCIPHERMENT");

        X509Certificate ca = TestCertificates.generate("CA Daerah", NOW, 3650, "keyCertSign", true);
        X509Certificate leaf = TestCertificates.generate("Bendahara Dinkes", NOW, 365, "digitalSignature");
        TestHttp.Reply p7 = http.post("/api/v1/certificates/import?opd=DINKES").auth(operator("DINKES"))
                .body("application/pkcs7-mime", TestCertificates.pem("PKCS7", TestCertificates.pkcs7(ca, leaf)))
                .send();
        assertThat(p7.status()).as(p7.toString()).isEqualTo(201);
        assertThat(p7.json().get("holder").asString()).isEqualTo("Bendahara Dinkes");
        assertThat(p7.json().get("source").asString()).isEqualTo("PKCS7");

        TestHttp.Reply again = http.post("/api/v1/certificates/import?opd=DINKES").auth(operator("DINKES"))
                .body("application/x-pem-file", TestCertificates.pem(pemCert)).send();
        assertThat(again.status()).as("same issuer and serial").isEqualTo(409);
        TestHttp.Reply garbage = http.post("/api/v1/certificates/import?opd=DINKES").auth(operator("DINKES"))
                .body("application/x-pem-file", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                .send();
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
        assertThat(garbage.text()).contains("\"file");
        HttpResponse<String> truncated = postBytes(port, "/api/v1/certificates/import?opd=DINKES", dinas(),
                "application/pkix-cert", java.util.Arrays.copyOf(TestCertificates.der(derCert), 50));
        assertThat(truncated.statusCode()).isEqualTo(400);
        TestHttp.Reply text = http.post("/api/v1/certificates/import?opd=DINKES").auth(dinas())
                .body("text/plain", "x").send();
        assertThat(text.status()).isEqualTo(415);
    }

    @Test
    void au9ExpiringSoonAndExpiredAreFlaggedAndFilterable() {
        String soon = register(dinas(), typed("DINKES", serial(), NOW.plus(Duration.ofDays(10)))).get("id")
                .asString();
        String later = register(dinas(), typed("DINKES", serial(), NOW.plus(Duration.ofDays(100)))).get("id")
                .asString();
        JsonNode expired = register(dinas(), typed("DINKES", serial(), NOW.minus(Duration.ofDays(5))));
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        String gone = expired.get("id").asString();
        assertThat(lists("status=EXPIRING_SOON", soon)).isTrue();
        assertThat(lists("status=EXPIRING_SOON", later)).isFalse();
        assertThat(lists("status=EXPIRING_SOON", gone)).isFalse();
        assertThat(lists("status=EXPIRED", gone)).isTrue();
        assertThat(lists("status=EXPIRED", soon)).isFalse();
        assertThat(lists("status=VALID", later)).isTrue();
        assertThat(lists("status=VALID", soon)).isFalse();
        clock.set(NOW.plus(Duration.ofDays(75)));
        assertThat(lists("status=EXPIRING_SOON", later)).as("the window moves with the clock").isTrue();
        assertThat(lists("status=EXPIRED", soon)).isTrue();
        TestHttp.Reply page = http.get("/api/v1/certificates?opd=DINKES&size=1&sort=holder").auth(dinas()).send();
        assertThat(page.json().get("items").size()).isEqualTo(1);
        assertThat(page.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void au9TheExpiryJobWarnsOncePerCertificateAndThresholdAcrossTicks() {
        String id = register(dinas(), typed("DISDIK", serial(), NOW.plus(Duration.ofDays(20)))).get("id")
                .asString();
        assertThat(jobs.get(CertificateExpiryWatch.JOB)).isSameAs(watch.job());
        assertThat(watch.warnDue()).isGreaterThanOrEqualTo(1);
        watch.warnDue();
        watch.job().runNow(); // the scheduled path: leased (held since start-up), and nothing more is sent anyway
        List<JsonNode> first = AuditEvents.published(TOPIC, "id.go.spbe.certificate.expiring.v1", id, 1);
        assertThat(first.get(0).get("thresholdDays").asInt()).isEqualTo(30);
        assertThat(first.get(0).get("daysLeft").asInt()).isEqualTo(20);
        assertThat(first.get(0).get("opdCode").asString()).isEqualTo("DISDIK");

        clock.set(NOW.plus(Duration.ofDays(14)));
        assertThat(watch.warnDue()).isGreaterThanOrEqualTo(1);
        watch.warnDue();
        watch.job().runNow();
        List<JsonNode> both = AuditEvents.published(TOPIC, "id.go.spbe.certificate.expiring.v1", id, 2);
        assertThat(both).extracting(e -> e.get("thresholdDays").asInt()).containsExactlyInAnyOrder(30, 7);
        assertThat(AuditEvents.all(TOPIC, "id.go.spbe.certificate.expiring.v1", id, Duration.ofSeconds(2)))
                .as("no repeat after more ticks").hasSize(2);
        JsonNode shown = http.get("/api/v1/certificates/" + id).auth(dinas()).send().json();
        assertThat(shown.get("warnedThresholds").valueStream().map(JsonNode::asInt).toList())
                .containsExactly(7, 30);
    }

    @Test
    void au9ChangesNeedTheCurrentETagAndLeaveAHistory() {
        JsonNode c = register(operator("DINKES"), typed("DINKES", serial(), NOW.plus(Duration.ofDays(400))));
        String path = "/api/v1/certificates/" + c.get("id").asString();
        Map<String, Object> renamed = typed("DINKES", c.get("serialNumber").asString(),
                NOW.plus(Duration.ofDays(400)));
        renamed.put("holder", "dr. Sari Wulandari, M.Kes");
        TestHttp.Reply stale = http.put(path).auth(operator("DINKES")).header("If-Match", "\"99\"").json(renamed)
                .send();
        assertThat(stale.status()).isEqualTo(412);
        String etag = http.get(path).auth(operator("DINKES")).send().header("ETag");
        TestHttp.Reply updated = http.put(path).auth(operator("DINKES")).header("If-Match", etag).json(renamed)
                .send();
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("holder").asString()).isEqualTo("dr. Sari Wulandari, M.Kes");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        AuditEvents.published(TOPIC, "id.go.spbe.certificate.updated.v1", c.get("id").asString(), 1);
        TestHttp.Reply moved = http.put(path).auth(operator("DINKES")).header("If-Match", updated.header("ETag"))
                .json(typed("DISDIK", c.get("serialNumber").asString(), NOW.plus(Duration.ofDays(400)))).send();
        assertThat(moved.status()).as("an OPD cannot hand its certificate to another").isEqualTo(403);
        JsonNode history = http.get(path + "/history").auth(operator("DINKES")).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").size()).isEqualTo(2);
    }
}
