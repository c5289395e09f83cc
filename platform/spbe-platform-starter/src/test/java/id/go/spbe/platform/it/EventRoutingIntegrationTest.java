package id.go.spbe.platform.it;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.testapp.GadgetEvents;
import id.go.spbe.platform.testapp.TestApplication;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Typed consumers ({@code EventRoutes}) and the dead-letter admin endpoint promised by ARCHITECTURE.md, on the real
 * broker: routing by CloudEvent type, unknown types ignored, once per event id, malformed data and failing handlers
 * parked as readable dead letters that Dinas can replay after the fix or discard.
 */
@SpbeIntegrationTest
@org.springframework.boot.test.context.SpringBootTest(classes = TestApplication.class,
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventRoutingIntegrationTest {

    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();
    static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    GadgetEvents gadgets;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        gadgets.broken.set(true);
    }

    @AfterEach
    void fixed() {
        gadgets.broken.set(false);
    }

    static String dinas() {
        return ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
    }

    static String operator() {
        return ISSUER.user("operator.dinkes").opd("DINKES").roles("OPD_OPERATOR").bearer();
    }

    static String event(String eventId, String type, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/spbe/platform-test","type":"%s","subject":"g",
                 "time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(eventId, type, Instant.now(), data);
    }

    Document seen(String gadgetId) {
        return mongo.findById(gadgetId, Document.class, "gadgets_seen");
    }

    Document deadLetterOf(String eventId) {
        return mongo.findOne(Query.query(Criteria.where("eventId").is(eventId)), Document.class, "dead_letters");
    }

    @Test
    void eventsAreRoutedByTypeOncePerEventIdAndUnknownTypesAreIgnored() {
        String ignoredId = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        TestKafka.send(GadgetEvents.TOPIC, unknown, event(ignoredId, "id.go.spbe.gadget.painted.v1",
                "{\"gadgetId\":\"" + unknown + "\",\"name\":\"blue\"}"));
        String gadget = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String created = event(eventId, GadgetEvents.CREATED,
                "{\"gadgetId\":\"" + gadget + "\",\"name\":\"Sensor\",\"extra\":\"ignored\"}");
        TestKafka.send(GadgetEvents.TOPIC, gadget, created);
        TestKafka.send(GadgetEvents.TOPIC, gadget, created); // redelivery

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(Query.query(Criteria.where("_id")
                .is("gadgets:" + eventId)), "processed_events"));
        assertThat(seen(gadget).getInteger("handled")).isEqualTo(1);
        assertThat(seen(gadget).getString("name")).isEqualTo("Sensor");
        assertThat(seen(unknown)).isNull();
        assertThat(deadLetterOf(ignoredId)).as("an unknown type is not an error").isNull();
    }

    @Test
    void dataThatDoesNotFitTheConsumersRecordIsADeadLetterWithoutRetries() {
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(GadgetEvents.TOPIC, "k", event(eventId, GadgetEvents.CREATED, "{\"name\":\"no id\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(eventId) != null);
        Document letter = deadLetterOf(eventId);
        assertThat(letter.getString("exception")).endsWith("MalformedEventException");
        assertThat(letter.getString("reason")).contains("gadgetId");
        assertThat(letter.getString("consumerGroup")).isEqualTo("platform-test-app.gadgets");
        TestKafka.await(GadgetEvents.TOPIC + ".dlt", r -> r.value().contains(eventId), Duration.ofSeconds(30));
    }

    @Test
    void aPoisonEventLandsInTheDeadLettersAndIsDeliveredOnceWhenReplayedAfterTheFix() {
        String gadget = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(GadgetEvents.TOPIC, gadget, event(eventId, GadgetEvents.CREATED,
                "{\"gadgetId\":\"" + gadget + "\",\"name\":\"poison\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(eventId) != null);

        TestHttp.Reply list = http.get(DEAD_LETTERS + "?status=PENDING&topic=" + GadgetEvents.TOPIC + "&size=200")
                .auth(dinas()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode item = list.json().get("items").valueStream()
                .filter(i -> i.path("eventId").isString() && eventId.equals(i.path("eventId").asString())).findFirst().orElseThrow();
        assertThat(item.get("eventType").asString()).isEqualTo(GadgetEvents.CREATED);
        assertThat(item.get("reason").asString()).contains("cannot handle gadget");
        assertThat(item.has("payload")).as("lists leave the payload out").isFalse();
        String id = item.get("id").asString();

        TestHttp.Reply inspect = http.get(DEAD_LETTERS + "/" + id).auth(dinas()).send();
        assertThat(inspect.status()).isEqualTo(200);
        assertThat(inspect.json().get("payload").asString()).contains(eventId);
        assertThat(inspect.json().get("key").asString()).isEqualTo(gadget);
        assertThat(inspect.json().get("topic").asString()).isEqualTo(GadgetEvents.TOPIC);
        assertThat(inspect.json().get("offset").asLong()).isNotNegative();
        assertThat(inspect.json().get("failedAt").asString()).isNotBlank();
        assertThat(seen(gadget)).isNull();

        gadgets.broken.set(false); // the consumer is fixed and redeployed
        TestHttp.Reply replay = http.post(DEAD_LETTERS + "/" + id + "/replay").auth(dinas()).send();
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().get("status").asString()).isEqualTo("REPLAYED");
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(gadget) != null);

        TestHttp.Reply again = http.post(DEAD_LETTERS + "/" + id + "/replay").auth(dinas()).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        // A second copy of the event (another replay path, a redelivery) is still handled only once.
        TestKafka.send(GadgetEvents.TOPIC, gadget, inspect.json().get("payload").asString());
        String marker = UUID.randomUUID().toString();
        String markerEvent = UUID.randomUUID().toString();
        TestKafka.send(GadgetEvents.TOPIC, gadget, event(markerEvent, GadgetEvents.CREATED,
                "{\"gadgetId\":\"" + marker + "\",\"name\":\"after\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(marker) != null); // same partition, later offset
        assertThat(seen(gadget).getInteger("handled")).isEqualTo(1);
    }

    @Test
    void discardRemovesADeadLetter() {
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(GadgetEvents.TOPIC, "k", event(eventId, GadgetEvents.CREATED, "{\"gadgetId\":\"\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(eventId) != null);
        String id = deadLetterOf(eventId).getString("_id");

        assertThat(http.delete(DEAD_LETTERS + "/" + id).auth(dinas()).send().status()).isEqualTo(204);
        assertThat(deadLetterOf(eventId)).isNull();
        TestHttp.Reply gone = http.get(DEAD_LETTERS + "/" + id).auth(dinas()).send();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(http.delete(DEAD_LETTERS + "/" + id).auth(dinas()).send().status()).isEqualTo(404);
    }

    @Test
    void onlyDinasOperatesDeadLetters() {
        String eventId = UUID.randomUUID().toString();
        TestKafka.send(GadgetEvents.TOPIC, "k", event(eventId, GadgetEvents.CREATED, "{\"name\":\"x\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetterOf(eventId) != null);
        String id = deadLetterOf(eventId).getString("_id");

        for (TestHttp.Call call : new TestHttp.Call[] {http.get(DEAD_LETTERS), http.get(DEAD_LETTERS + "/" + id),
                http.post(DEAD_LETTERS + "/" + id + "/replay"), http.delete(DEAD_LETTERS + "/" + id)}) {
            TestHttp.Reply reply = call.auth(operator()).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get(DEAD_LETTERS).send().status()).isEqualTo(401);
        assertThat(deadLetterOf(eventId).getString("status")).isEqualTo("PENDING");
        assertThat(http.get(DEAD_LETTERS + "?size=0").auth(dinas()).send().status()).isEqualTo(400);
    }
}
