package id.go.spbe.appregistry.application;

import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SEC1 with the history in its own collection (issue 7): the endpoint answers as before, the application's document
 * does not carry its history, and an entry altered where it is stored is reported.
 */
@SpbeIntegrationTest
class ApplicationHistoryIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void sec1TheHistoryIsStoredOutsideTheApplicationAndAnAlteredStoredEntryIsReported() {
        TestHttp http = TestHttp.onPort(port);
        TestHttp.Reply created = http.post("/api/v1/applications").auth(operator("DINKES"))
                .json(ApplicationWorkflowIntegrationTest.form("SIRIWAYAT", "OPEN_SOURCE")).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        http.post("/api/v1/applications/" + id + "/submit").auth(operator("DINKES")).send();

        JsonNode history = http.get("/api/v1/applications/" + id + "/history").auth(auditor()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(2);
        assertThat(history.get("entries").get(1).get("actor").asString()).isEqualTo("operator.dinkes");

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(Query.query(Criteria.where("aggregateType")
                .is("applications").and("aggregateId").is(id)), ChangeHistoryLog.COLLECTION) == 2);
        Document stored = mongo.findById(id, Document.class, "applications");
        assertThat(stored.getList("history", Document.class, java.util.List.of())).isEmpty();
        assertThat(stored.get("historyHead", Document.class).get("sequence", Number.class).longValue()).isEqualTo(2);

        mongo.updateFirst(Query.query(Criteria.where("aggregateId").is(id).and("sequence").is(2L)),
                new Update().set("actor", "orang.lain"), ChangeHistoryLog.COLLECTION);
        JsonNode tampered = http.get("/api/v1/applications/" + id + "/history").auth(auditor()).send().json();
        assertThat(tampered.get("intact").asBoolean()).isFalse();
        assertThat(tampered.get("firstBrokenSequence").asLong()).isEqualTo(2);
        assertThat(Map.of("entries", tampered.get("entries").size())).containsEntry("entries", 2);
    }
}
