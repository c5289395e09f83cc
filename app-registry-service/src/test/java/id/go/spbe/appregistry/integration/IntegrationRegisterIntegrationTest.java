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
import org.springframework.data.domain.Sort;
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

/**
 * A13: relations between applications (integrations, connector apps), seen by both owners, published as events. A
 * relation across OPDs is proposed and needs the other owner's or Dinas's acceptance (issue 7 defect 8).
 */
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

    TestHttp.Reply accept(String token, String id) {
        return http.post(PATH + "/" + id + "/accept").auth(token).send();
    }

    TestHttp.Reply decline(String token, String id, String reason) {
        return http.post(PATH + "/" + id + "/decline").auth(token).json(Map.of("reason", reason)).send();
    }

    /** The application workflow is another feature's; set the state it would reach directly. */
    void setStatus(String applicationId, String status) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(applicationId)), Update.update("status", status),
                "applications");
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
    void a13ARelationWithinOneOpdOrRecordedByDinasIsActiveAtOnceAndPublished() {
        String simrs = registerApp(operator("DINKES"), "SIMRS " + simpusName);
        TestHttp.Reply created = record(operator("DINKES"), relation(simpus, simrs, "API"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(created.header("Location")).isEqualTo(PATH + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(body.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.get("proposedByOpd").isNull()).isTrue();
        assertThat(body.get("provider").get("name").asString()).isEqualTo(simpusName);
        assertThat(body.get("consumer").get("id").asString()).isEqualTo(simrs);
        assertThat(body.get("consumer").get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(body.get("recordedBy").asString()).isEqualTo("operator.dinkes");

        JsonNode event = awaitEvent(id, "id.go.spbe.integration.recorded.v1");
        assertThat(event.get("opd").asString()).isEqualTo("DINKES");
        assertThat(event.get("data").get("consumerOpd").asString()).isEqualTo("DINKES");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "integration-recorded.v1"),
                event.get("data").toString());

        // Dinas coordinates the register: it may relate any two applications, drafts included, at once.
        TestHttp.Reply byDinas = record(admin(), Map.of("providerApplicationId", dapodik,
                "consumerApplicationId", simpus, "kind", "CONNECTOR", "purpose", "Penghubung antar Aplikasi Umum"));
        assertThat(byDinas.status()).as(byDinas.toString()).isEqualTo(201);
        assertThat(byDinas.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(byDinas.json().get("consumer").get("ownerOpd").asString()).isEqualTo("DINKES");
        assertThat(byDinas.json().get("dataExchanged").isNull()).isTrue();
    }

    /**
     * Issue 7 defect 8, the attack as reported: an operator of DISDIK names DINKES's draft application. It used to get
     * 201 with the draft's name and owner and a relation DINKES never agreed to; now the id is as unknown as one that
     * does not exist, and nothing is written.
     */
    @Test
    void defect8AnOpdNamingAnotherOpdsDraftApplicationGetsNotFoundAndNothingIsWritten() {
        TestHttp.Reply attack = record(operator("DISDIK"), relation(simpus, dapodik, "API"));
        assertThat(attack.status()).as(attack.toString()).isEqualTo(404);
        assertThat(attack.contentType()).startsWith("application/problem+json");
        TestHttp.Reply unknown = record(operator("DISDIK"), relation("no-such-application", dapodik, "API"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(attack.text()).doesNotContain(simpusName).doesNotContain("DINKES");
        for (String member : List.of("type", "title", "detail")) {
            assertThat(attack.json().get(member).asString()).as("same answer as for an unknown id: " + member)
                    .isEqualTo(unknown.json().get(member).asString().replace("no-such-application", simpus));
        }
        assertThat(record(operator("DISDIK"), relation(dapodik, simpus, "SSO")).status())
                .as("as consumer too").isEqualTo(404);
        // Nor while it is under review, rejected or retired: only the public catalogue (ACTIVE) is nameable.
        for (String status : List.of("SUBMITTED", "RECOMMENDED", "DEPOSITED", "REJECTED", "DECOMMISSIONED")) {
            setStatus(simpus, status);
            assertThat(record(operator("DISDIK"), relation(simpus, dapodik, "API")).status()).as(status)
                    .isEqualTo(404);
        }
        assertThat(integrations.findByProviderApplicationId(simpus, Sort.unsorted())).isEmpty();
        assertThat(integrations.findByConsumerApplicationId(simpus, Sort.unsorted())).isEmpty();
    }

    @Test
    void a13AnOpdProposesARelationWithAnotherOpdsActiveApplicationAndTheOwnerAcceptsIt() {
        setStatus(simpus, "ACTIVE");
        TestHttp.Reply proposed = record(operator("DISDIK"), relation(simpus, dapodik, "API"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        JsonNode body = proposed.json();
        String id = body.get("id").asString();
        assertThat(body.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(body.get("proposedByOpd").asString()).isEqualTo("DISDIK");
        assertThat(body.get("awaitingOpd").asString()).isEqualTo("DINKES");
        assertThat(body.get("provider").get("name").asString()).as("public in the catalogue").isEqualTo(simpusName);
        JsonNode proposedEvent = awaitEvent(id, "id.go.spbe.integration.proposed.v1");
        assertThat(proposedEvent.get("data").get("awaitingOpd").asString()).isEqualTo("DINKES");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "integration-proposed.v1"),
                proposedEvent.get("data").toString());

        // The owner sees the proposal waiting for it.
        JsonNode waiting = integrationsOf(operator("DINKES"), simpus, "?status=PROPOSED").get("provides");
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).get("awaitingOpd").asString()).isEqualTo("DINKES");
        assertThat(waiting.get(0).get("otherApplication").get("name").asString()).isEqualTo(dapodikName);

        assertThat(accept(operator("DISDIK"), id).status()).as("the proposer cannot accept its own proposal")
                .isEqualTo(403);
        assertThat(accept(operator("DISKOMINFO"), id).status()).as("a third OPD does not even see it")
                .isEqualTo(404);
        assertThat(accept(auditor(), id).status()).as("region-wide readers do not decide").isEqualTo(403);
        assertThat(end(operator("DINKES"), id, "belum aktif").status()).as("a proposal is not ended").isEqualTo(409);
        assertThat(record(operator("DISDIK"), relation(simpus, dapodik, "API")).status())
                .as("the same proposal twice").isEqualTo(409);

        TestHttp.Reply accepted = accept(operator("DINKES"), id);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(accepted.json().get("acceptedBy").asString()).isEqualTo("operator.dinkes");
        assertThat(accepted.header("ETag")).isEqualTo("\"1\"");
        JsonNode acceptedEvent = awaitEvent(id, "id.go.spbe.integration.accepted.v1");
        assertThat(acceptedEvent.get("opd").asString()).isEqualTo("DINKES");
        assertThat(acceptedEvent.get("data").get("byDinas").asBoolean()).isFalse();
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "integration-accepted.v1"),
                acceptedEvent.get("data").toString());
        assertThat(accept(operator("DINKES"), id).status()).as("accepting twice").isEqualTo(409);

        JsonNode history = http.get(PATH + "/" + id + "/history").auth(operator("DISDIK")).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries").valueStream().map(e -> e.get("action").asString() + " by "
                + e.get("actor").asString())).containsExactly(
                "id.go.spbe.integration.proposed.v1 by operator.disdik",
                "id.go.spbe.integration.accepted.v1 by operator.dinkes");
        assertThat(http.get(PATH + "/" + id + "/history").auth(operator("DISKOMINFO")).send().status())
                .isEqualTo(404);
        assertThat(integrationsOf(operator("DISDIK"), dapodik, "?status=ACTIVE").get("consumes")).hasSize(1);
    }

    @Test
    void a13TheAwaitedOwnerDeclinesAProposalWhichStaysOnRecord() {
        setStatus(dapodik, "ACTIVE");
        String id = record(operator("DINKES"), relation(simpus, dapodik, "DATA_EXCHANGE")).json().get("id")
                .asString();
        assertThat(http.post(PATH + "/" + id + "/decline").auth(operator("DISDIK")).json(Map.of()).send().status())
                .as("a reason is required").isEqualTo(400);
        assertThat(decline(operator("DINKES"), id, "sendiri").status()).as("not by the proposer").isEqualTo(403);

        TestHttp.Reply declined = decline(operator("DISDIK"), id, "Data siswa tidak dibagikan ke luar Disdik");
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.json().get("declinedBy").asString()).isEqualTo("operator.disdik");
        assertThat(declined.json().get("declineReason").asString())
                .isEqualTo("Data siswa tidak dibagikan ke luar Disdik");
        JsonNode event = awaitEvent(id, "id.go.spbe.integration.declined.v1");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "integration-declined.v1"),
                event.get("data").toString());
        assertThat(accept(operator("DISDIK"), id).status()).as("a declined proposal stays declined").isEqualTo(409);
        assertThat(decline(admin(), id, "lagi").status()).isEqualTo(409);
        assertThat(integrationsOf(operator("DINKES"), simpus, "?status=DECLINED").get("provides")).hasSize(1);

        TestHttp.Reply again = record(operator("DINKES"), relation(simpus, dapodik, "DATA_EXCHANGE"));
        assertThat(again.status()).as("it may be proposed again").isEqualTo(201);
        assertThat(again.json().get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void a13DinasMayAcceptOrDeclineAProposalInsteadOfTheOtherOwner() {
        setStatus(simpus, "ACTIVE");
        String first = record(operator("DISDIK"), relation(simpus, dapodik, "API")).json().get("id").asString();
        TestHttp.Reply accepted = accept(admin(), first);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(accepted.json().get("acceptedBy").asString()).isEqualTo("admin.dinas");
        assertThat(awaitEvent(first, "id.go.spbe.integration.accepted.v1").get("data").get("byDinas").asBoolean())
                .isTrue();

        String second = record(operator("DISDIK"), relation(simpus, dapodik, "SSO")).json().get("id").asString();
        assertThat(decline(admin(), second, "Gunakan SSO daerah").json().get("status").asString())
                .isEqualTo("DECLINED");
        assertThat(accept(admin(), first).status()).as("an active relation is no proposal").isEqualTo(409);
    }

    @Test
    void a13BothOwnersSeeTheRelationFromTheirSideWithTheOtherApplicationsName() {
        String id = record(admin(), relation(simpus, dapodik, "DATA_EXCHANGE")).json().get("id").asString();

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
        String id = record(admin(), relation(simpus, dapodik, "API")).json().get("id").asString();
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
        String first = record(admin(), relation(simpus, dapodik, "API")).json().get("id").asString();
        TestHttp.Reply twice = record(admin(), relation(simpus, dapodik, "API"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(record(admin(), relation(simpus, dapodik, "SSO")).status())
                .as("another kind").isEqualTo(201);
        assertThat(record(admin(), relation(dapodik, simpus, "API")).status())
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

        TestHttp.Reply again = record(admin(), relation(simpus, dapodik, "API"));
        assertThat(again.status()).as("recorded again once the first ended").isEqualTo(201);
        assertThat(record(admin(), relation(simpus, dapodik, "API")).status()).isEqualTo(409);

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
            String own = registerApp(operator("DINKES"), "Old " + status + " " + simpusName);
            setStatus(own, status);
            assertRuleViolation(record(operator("DINKES"), relation(simpus, own, "API")), "A13");
            assertRuleViolation(record(admin(), relation(dapodik, own, "API")), "A13");
        }
    }

    @Test
    void endingNeedsTheCurrentVersionWhenOneIsSent() {
        String id = record(admin(), relation(simpus, dapodik, "OTHER")).json().get("id").asString();
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
        assertThat(record(admin(), with(valid, "kind", "TELEPATHY")).status()).isEqualTo(400);
        assertThat(record(admin(), with(valid, "kind", 3)).status()).isEqualTo(400);
        assertThat(record(admin(), with(valid, "providerApplicationId", List.of(simpus))).status())
                .isEqualTo(400);
        TestHttp.Reply missing = record(operator("DINKES"), Map.of("providerApplicationId", simpus));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("consumerApplicationId", "kind", "purpose");
        assertThat(record(admin(), with(valid, "purpose", "  ")).status()).isEqualTo(400);
        assertThat(record(admin(), with(valid, "purpose", "x".repeat(2001))).status()).isEqualTo(400);

        String id = record(admin(), valid).json().get("id").asString();
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
