package id.go.spbe.appregistry.document;

import id.go.spbe.platform.documents.TestFiles;
import id.go.spbe.platform.documents.TestPdfs;

import id.go.spbe.appregistry.document.DocumentHttp.Reply;
import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole registration workflow through HTTP now that documents exist (A3, A5, A6, A7, A8): register, submit,
 * Dinas recommends, the OPD deposits the documents Rejang Lebong requires, hands everything over, tests, implements,
 * and Dinas puts the application into operation. The events on Kafka match their published schemas.
 */
@SpbeIntegrationTest
class DocumentWorkflowIntegrationTest {

    static final String TOPIC = "spbe.app-registry.application.v1";

    @LocalServerPort
    int port;

    @Test
    void a8AnApplicationWithEveryRequiredDocumentIsDepositedTestedAndActivated() {
        DocumentHttp documents = new DocumentHttp(port);
        TestHttp http = documents.json;
        String operator = operator("DINKES");
        String appId = documents.register(operator, "E-Puskesmas " + UUID.randomUUID());
        String app = "/api/v1/applications/" + appId;

        step(http.post(app + "/submit").auth(operator).send(), "SUBMITTED");
        step(http.post(app + "/recommend").auth(admin()).json(Map.of("note", "Sesuai arsitektur SPBE"))
                .send(), "RECOMMENDED");

        upload(documents, appId, operator, "REQUIREMENTS_SPEC", "spesifikasi.pdf",
                TestPdfs.unsigned("SPESIFIKASI E-PUSKESMAS"));
        upload(documents, appId, operator, "USER_MANUAL", "manual.odt", TestFiles.odt());

        TestHttp.Reply early = http.post(app + "/deposit").auth(operator).send();
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().get("obligation").asString()).isEqualTo("A8");
        assertThat(early.json().get("detail").asString()).contains("SOURCE_CODE");
        assertThat(documents.get(DocumentHttp.documents(appId), operator).json().get("missingRequiredKinds")
                .valueStream().map(JsonNode::asString)).containsExactly("SOURCE_CODE");

        upload(documents, appId, operator, "SOURCE_CODE", "e-puskesmas-src.zip", TestFiles.sourceZip());
        assertThat(documents.get(DocumentHttp.documents(appId), operator).json().get("complete").asBoolean())
                .isTrue();
        step(http.post(app + "/deposit").auth(operator).send(), "DEPOSITED");

        assertThat(http.post(app + "/stage").auth(operator).json(Map.of("stage", "TESTING")).send().status())
                .isEqualTo(200);
        TestHttp.Reply tested = http.post(app + "/test-results").auth(operator).json(Map.of("kind", "FUNCTIONAL",
                "testedOn", LocalDate.now().minusDays(1).toString(), "passed", true,
                "summary", "Semua skenario layanan puskesmas lulus")).send();
        assertThat(tested.status()).as(tested.toString()).isEqualTo(201);
        assertThat(http.post(app + "/stage").auth(operator).json(Map.of("stage", "IMPLEMENTATION")).send().status())
                .isEqualTo(200);
        TestHttp.Reply active = http.post(app + "/activate").auth(admin()).send();
        step(active, "ACTIVE");
        assertThat(active.json().get("documents").size()).isEqualTo(3);
        assertThat(active.json().get("stage").asString()).isEqualTo("IMPLEMENTATION");

        List<ConsumerRecord<String, String>> added = TestKafka.awaitAll(TOPIC,
                firstOf(appId, "id.go.spbe.application.document-added.v1"), 3, Duration.ofSeconds(20));
        assertThat(added).extracting(r -> data(r).get("kind").asString())
                .containsExactlyInAnyOrder("REQUIREMENTS_SPEC", "USER_MANUAL", "SOURCE_CODE");
        added.forEach(r -> EventSchemas.assertValid(
                EventSchemas.producerSchema("app-registry-service", "application-document-added.v1"),
                data(r).toString()));

        List<ConsumerRecord<String, String>> changed = TestKafka.awaitAll(TOPIC,
                firstOf(appId, "id.go.spbe.application.status-changed.v1"), 4, Duration.ofSeconds(20));
        assertThat(changed).extracting(r -> data(r).get("to").asString())
                .containsExactly("SUBMITTED", "RECOMMENDED", "DEPOSITED", "ACTIVE");
        changed.forEach(r -> EventSchemas.assertValid(
                EventSchemas.producerSchema("app-registry-service", "application-status-changed.v1"),
                data(r).toString()));
    }

    private static void step(TestHttp.Reply reply, String status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo(status);
    }

    private static void upload(DocumentHttp documents, String appId, String token, String kind, String filename,
            byte[] content) {
        Reply reply = documents.upload(appId, token, kind, filename, "application/octet-stream", content);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /**
     * Events of one type for the application, each event id once: the outbox relay delivers at least once (an event
     * may be published again when a save races the relay), and consumers deduplicate by id, as this does.
     */
    private static Predicate<ConsumerRecord<String, String>> firstOf(String appId, String type) {
        Set<String> seen = new HashSet<>();
        return r -> {
            if (!appId.equals(r.key())) {
                return false;
            }
            JsonNode event = DocumentHttp.JSON.readTree(r.value());
            return type.equals(event.get("type").asString()) && seen.add(event.get("id").asString());
        };
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        return DocumentHttp.JSON.readTree(record.value()).get("data");
    }
}
