package id.go.spbe.appregistry.integration;

import id.go.spbe.appregistry.integration.domain.Integration;
import id.go.spbe.appregistry.integration.domain.Integration.Party;
import id.go.spbe.appregistry.integration.domain.IntegrationKind;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A13: relations between applications (integrations, connector apps), seen by both owners, published as events. */
@SpbeIntegrationTest
class IntegrationRegisterIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOPIC = "spbe.app-registry.integration.v1";
    static final String PATH = "/api/v1/integrations";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IntegrationRepository integrations;

    TestHttp http;

    /** A DINKES application (provider) and a DISDIK application (consumer), fresh per test. */
    String simpus;
    String simpusName;
    String dapodik;
    String dapodikName;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        simpusName = "SIMPUS " + suffix;
        dapodikName = "Dapodik " + suffix;
        simpus = registerApp(operator("DINKES"), simpusName);
        dapodik = registerApp(operator("DISDIK"), dapodikName);
    }

    String registerApp(String token, String name) {
        TestHttp.Reply reply = http.post("/api/v1/applications").auth(token)
                .json(Map.of("name", name, "applicationClass", "KHUSUS")).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    Map<String, Object> relation(String provider, String consumer, String kind) {
        return Map.of("providerApplicationId", provider, "consumerApplicationId", consumer, "kind", kind,
                "purpose", "Data kesehatan siswa untuk UKS", "dataExchanged", "NISN, status imunisasi");
    }

    TestHttp.Reply record(String token, Map<String, Object> body) {
        return http.post(PATH).auth(token).json(body).send();
    }

    TestHttp.Reply end(String token, String id, String reason) {
        return http.post(PATH + "/" + id + "/end").auth(token).json(Map.of("reason", reason)).send();
    }

    JsonNode integrationsOf(String token, String applicationId, String query) {
        TestHttp.Reply reply = http.get("/api/v1/applications/" + applicationId + "/integrations" + query).auth(token)
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    static JsonNode awaitEvent(String id, String type) {
        ConsumerRecord<String, String> record = TestKafka.await(TOPIC,
                r -> id.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(20));
        return JSON.readTree(record.value());
    }

    static void assertRuleViolation(TestHttp.Reply reply, String obligation) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("obligation").asString()).isEqualTo(obligation);
    }

    @Test
    void a13TheOwnerOfEitherSideRecordsAnIntegrationAndItIsPublished() {
        TestHttp.Reply created = record(operator("DINKES"), relation(simpus, dapodik, "API"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("provider").get("name").asString()).isEqualTo(simpusName);
        assertThat(body.get("consumer").get("id").asString()).isEqualTo(dapodik);
        assertThat(body.get("consumer").get("name").asString()).isEqualTo(dapodikName);
        assertThat(body.get("consumer").get("ownerOpd").asString()).isEqualTo("DISDIK");
        assertThat(body.get("recordedBy").asString()).isEqualTo("operator.dinkes");

        JsonNode event = awaitEvent(id, "id.go.spbe.integration.recorded.v1");
        assertThat(event.get("opd").asString()).isEqualTo("DINKES");
        assertThat(event.get("data").get("consumerOpd").asString()).isEqualTo("DISDIK");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "integration-recorded.v1"),
                event.get("data").toString());

        TestHttp.Reply byConsumerOwner = record(operator("DISDIK"), relation(simpus, dapodik, "SSO"));
        assertThat(byConsumerOwner.status()).as("the consumer's owner may record too").isEqualTo(201);
        TestHttp.Reply byDinas = record(admin(), Map.of("providerApplicationId", dapodik,
                "consumerApplicationId", simpus, "kind", "CONNECTOR", "purpose", "Penghubung antar Aplikasi Umum"));
        assertThat(byDinas.status()).isEqualTo(201);
        assertThat(byDinas.json().get("dataExchanged").isNull()).isTrue();
    }

    @Test
    void a13BothOwnersSeeTheRelationFromTheirSideWithTheOtherApplicationsName() {
        String id = record(operator("DINKES"), relation(simpus, dapodik, "DATA_EXCHANGE")).json().get("id").asString();

        JsonNode fromProvider = integrationsOf(operator("DINKES"), simpus, "");
        assertThat(fromProvider.get("application").get("id").asString()).isEqualTo(simpus);
        assertThat(fromProvider.get("consumes")).isEmpty();
        JsonNode provides = fromProvider.get("provides").get(0);
        assertThat(fromProvider.get("provides")).hasSize(1);
        assertThat(provides.get("integrationId").asString()).isEqualTo(id);
        assertThat(provides.get("kind").asString()).isEqualTo("DATA_EXCHANGE");
        assertThat(provides.get("otherApplication").get("id").asString()).isEqualTo(dapodik);
        assertThat(provides.get("otherApplication").get("name").asString()).isEqualTo(dapodikName);
        assertThat(provides.get("otherApplication").get("ownerOpd").asString()).isEqualTo("DISDIK");

        JsonNode fromConsumer = integrationsOf(operator("DISDIK"), dapodik, "");
        assertThat(fromConsumer.get("provides")).isEmpty();
        assertThat(fromConsumer.get("consumes")).hasSize(1);
        assertThat(fromConsumer.get("consumes").get(0).get("otherApplication").get("name").asString())
                .isEqualTo(simpusName);

        assertThat(http.get(PATH + "/" + id).auth(operator("DISDIK")).send().status()).isEqualTo(200);
        assertThat(http.get(PATH + "/" + id).auth(auditor()).send().status()).isEqualTo(200);
        assertThat(integrationsOf(auditor(), simpus, "").get("provides")).hasSize(1);
    }

    @Test
    void anOpdOwningNeitherSideNeitherSeesNorTouchesTheRelation() {
        String id = record(operator("DINKES"), relation(simpus, dapodik, "API")).json().get("id").asString();
        String third = operator("DISKOMINFO");

        TestHttp.Reply get = http.get(PATH + "/" + id).auth(third).send();
        assertThat(get.status()).isEqualTo(404);
        assertThat(get.contentType()).startsWith("application/problem+json");
        assertThat(end(third, id, "bukan urusan saya").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + simpus + "/integrations").auth(third).send().status())
                .isEqualTo(404);
        assertThat(record(third, relation(simpus, dapodik, "SSO")).status())
                .as("recording between two applications it cannot see").isEqualTo(404);
        assertThat(record(operator("DINKES"), relation(simpus, "no-such-application", "API")).status())
                .isEqualTo(404);
        assertThat(record(operator("DINKES"), relation("no-such-application", dapodik, "API")).status())
                .isEqualTo(404);
    }

    @Test
    void a13AnApplicationCannotBeIntegratedWithItself() {
        TestHttp.Reply self = record(operator("DINKES"), relation(simpus, simpus, "API"));
        assertRuleViolation(self, "A13");
        assertThat(self.json().get("detail").asString()).contains("tidak boleh aplikasi yang sama");
    }

    @Test
    void a13TheSameActiveRelationTwiceIsAConflictUntilItEnds() {
        String first = record(operator("DINKES"), relation(simpus, dapodik, "API")).json().get("id").asString();
        TestHttp.Reply twice = record(operator("DISDIK"), relation(simpus, dapodik, "API"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(record(operator("DINKES"), relation(simpus, dapodik, "SSO")).status())
                .as("another kind").isEqualTo(201);
        assertThat(record(operator("DINKES"), relation(dapodik, simpus, "API")).status())
                .as("the other direction").isEqualTo(201);

        TestHttp.Reply ended = end(operator("DISDIK"), first, "Diganti Sistem Penghubung Layanan");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.json().get("endedBy").asString()).isEqualTo("operator.disdik");
        assertThat(ended.json().get("endReason").asString()).isEqualTo("Diganti Sistem Penghubung Layanan");
        JsonNode event = awaitEvent(first, "id.go.spbe.integration.ended.v1");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "integration-ended.v1"),
                event.get("data").toString());
        assertThat(end(admin(), first, "lagi").status()).as("ending twice").isEqualTo(409);

        TestHttp.Reply again = record(operator("DINKES"), relation(simpus, dapodik, "API"));
        assertThat(again.status()).as("recorded again once the first ended").isEqualTo(201);
        assertThat(record(operator("DINKES"), relation(simpus, dapodik, "API")).status()).isEqualTo(409);

        JsonNode active = integrationsOf(operator("DINKES"), simpus, "?status=ACTIVE");
        assertThat(active.get("provides").valueStream().map(e -> e.get("integrationId").asString()))
                .doesNotContain(first).contains(again.json().get("id").asString());
        JsonNode all = integrationsOf(operator("DINKES"), simpus, "");
        assertThat(all.get("provides").valueStream().map(e -> e.get("integrationId").asString())).contains(first);
        assertThat(all.get("consumes")).hasSize(1);
    }

    @Test
    void a13TheDatabaseItselfRefusesASecondActiveCopyOfARelationSoConcurrentRequestsCannotBothWin() {
        Party provider = new Party(simpus, "DINKES");
        Party consumer = new Party(dapodik, "DISDIK");
        Instant now = Instant.now();
        integrations.insert(Integration.record(provider, consumer, IntegrationKind.API, "satu", null, "test", now));
        assertThatThrownBy(() -> integrations.insert(
                Integration.record(provider, consumer, IntegrationKind.API, "dua", null, "test", now)))
                .isInstanceOf(DuplicateKeyException.class);
        // Ended relations carry no key, so any number of them coexist.
        for (int i = 0; i < 2; i++) {
            Integration ended = Integration.record(provider, consumer, IntegrationKind.SSO, "lama", null, "test", now);
            ended.end("test", "selesai", now);
            integrations.insert(ended);
        }
        assertThat(integrationsOf(admin(), simpus, "?status=ENDED").get("provides")).hasSize(2);
    }

    @Test
    void a13NoNewIntegrationWithARejectedOrDecommissionedApplication() {
        for (String status : List.of("REJECTED", "DECOMMISSIONED")) {
            String app = registerApp(operator("DISDIK"), "Old " + status);
            // The application workflow is another feature's; set the state it would reach directly.
            mongo.updateFirst(Query.query(Criteria.where("_id").is(app)), Update.update("status", status),
                    "applications");
            assertRuleViolation(record(operator("DINKES"), relation(simpus, app, "API")), "A13");
        }
    }

    @Test
    void endingNeedsTheCurrentVersionWhenOneIsSent() {
        String id = record(operator("DINKES"), relation(simpus, dapodik, "OTHER")).json().get("id").asString();
        assertThat(http.post(PATH + "/" + id + "/end").auth(operator("DINKES")).header("If-Match", "\"3\"")
                .json(Map.of("reason", "x")).send().status()).isEqualTo(412);
        TestHttp.Reply ended = http.post(PATH + "/" + id + "/end").auth(operator("DINKES")).header("If-Match", "\"0\"")
                .json(Map.of("reason", "Tidak dipakai")).send();
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void badInputIsAClear4xxNeverA500() {
        Map<String, Object> valid = relation(simpus, dapodik, "API");
        assertThat(record(null, valid).status()).isEqualTo(401);
        assertThat(record(auditor(), valid).status()).isEqualTo(403);
        TestHttp.Reply malformed = http.post(PATH).auth(operator("DINKES")).json("{oops").send();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(record(operator("DINKES"), with(valid, "kind", "TELEPATHY")).status()).isEqualTo(400);
        assertThat(record(operator("DINKES"), with(valid, "kind", 3)).status()).isEqualTo(400);
        assertThat(record(operator("DINKES"), with(valid, "providerApplicationId", List.of(simpus))).status())
                .isEqualTo(400);
        TestHttp.Reply missing = record(operator("DINKES"), Map.of("providerApplicationId", simpus));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("consumerApplicationId", "kind", "purpose");
        assertThat(record(operator("DINKES"), with(valid, "purpose", "  ")).status()).isEqualTo(400);
        assertThat(record(operator("DINKES"), with(valid, "purpose", "x".repeat(2001))).status()).isEqualTo(400);

        String id = record(operator("DINKES"), valid).json().get("id").asString();
        assertThat(http.post(PATH + "/" + id + "/end").auth(operator("DINKES")).json(Map.of()).send().status())
                .isEqualTo(400);
        assertThat(http.post(PATH + "/" + id + "/end").auth(operator("DINKES")).json("[").send().status())
                .isEqualTo(400);
        assertThat(http.post(PATH + "/" + id + "/end").auth(auditor()).json(Map.of("reason", "x")).send().status())
                .isEqualTo(403);
        assertThat(http.post(PATH + "/" + id + "/end").json(Map.of("reason", "x")).send().status()).isEqualTo(401);
        assertThat(http.get(PATH + "/no-such-integration").auth(admin()).send().status()).isEqualTo(404);
        assertThat(end(admin(), "no-such-integration", "x").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/applications/no-such-application/integrations").auth(admin()).send().status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/applications/" + simpus + "/integrations?status=BOGUS").auth(admin()).send()
                .status()).isEqualTo(400);
        assertThat(http.get("/api/v1/applications/" + simpus + "/integrations").send().status()).isEqualTo(401);
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
