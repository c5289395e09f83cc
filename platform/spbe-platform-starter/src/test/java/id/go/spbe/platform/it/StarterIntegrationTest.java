package id.go.spbe.platform.it;

import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.testapp.Widget;
import id.go.spbe.platform.testapp.WidgetRepository;
import id.go.spbe.platform.opd.OpdEventsListener;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.outbox.OutboxRelay;
import id.go.spbe.platform.outbox.OutboxRelayProperties;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import id.go.spbe.platform.test.kafka.TestKafka;
import id.go.spbe.platform.testapp.TestApplication;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The starter as a service sees it: a tiny app (a Widget aggregate behind a controller) on the real Kafka broker,
 * Mongo wire server and a JWT issuer whose tokens are validated for real.
 */
@SpbeIntegrationTest
@org.springframework.boot.test.context.SpringBootTest(classes = TestApplication.class,
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterIntegrationTest {

    static final String TOPIC = "spbe.platform-test.widget.v1";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TestJwtIssuer ISSUER = TestJwtIssuer.shared();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OpdReferences opds;

    @Autowired
    OutboxRelay relay;

    @Autowired
    ChangeHistoryLog histories;

    @Autowired
    org.springframework.kafka.core.KafkaTemplate<String, String> kafka;

    @Autowired
    id.go.spbe.platform.outbox.CloudEventWriter writer;

    @Autowired
    id.go.spbe.platform.scheduling.ScheduledJobs jobs;

    @Autowired
    WidgetRepository widgets;

    TestHttp http;

    List<Document> outboxOf(String id) {
        return mongo.findById(id, Document.class, "widgets").getList("outbox", Document.class, List.of());
    }

    OutboxRelay ownRelay(MongoTemplate template,
            org.springframework.kafka.core.KafkaTemplate<String, String> producer) {
        return new OutboxRelay(template, producer, writer, new OutboxRelayProperties(true, Duration.ofHours(1), 100,
                Duration.ofSeconds(10), Duration.ofDays(7)),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), jobs);
    }

    static Document gadgetEntry(String id, String name) {
        return new Document("eventId", UUID.randomUUID().toString())
                .append("type", "id.go.spbe.test.widget.changed.v1").append("topic", TOPIC).append("key", id)
                .append("opd", "DINKES").append("occurredAt", new java.util.Date())
                .append("data", "{\"name\":\"" + name + "\"}");
    }

    /** Counts the relay's writes: per-document updates and bulk writes by collection. */
    static class CountingMongo extends MongoTemplate {
        int updateFirsts;
        final Map<String, Integer> bulks = new java.util.concurrent.ConcurrentHashMap<>();

        CountingMongo(MongoTemplate template) {
            super(template.getMongoDatabaseFactory(), template.getConverter());
        }

        @Override
        public com.mongodb.client.result.UpdateResult updateFirst(Query query,
                org.springframework.data.mongodb.core.query.UpdateDefinition update, String collectionName) {
            updateFirsts++;
            return super.updateFirst(query, update, collectionName);
        }

        @Override
        public org.springframework.data.mongodb.core.BulkOperations bulkOps(
                org.springframework.data.mongodb.core.BulkOperations.BulkMode mode, String collectionName) {
            bulks.merge(collectionName, 1, Integer::sum);
            return super.bulkOps(mode, collectionName);
        }
    }

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        publishOpd("DINKES", "Dinas Kesehatan", true);
        publishOpd("DISDIK", "Dinas Pendidikan", true);
        await().atMost(Duration.ofSeconds(20)).until(() -> opds.find("DISDIK").isPresent());
    }

    static String operator(String opd) {
        return ISSUER.user("operator." + opd.toLowerCase()).opd(opd).roles("OPD_OPERATOR").bearer();
    }

    static void publishOpd(String code, String name, boolean active) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"id.go.spbe.opd.registered.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"code":"%s","name":"%s","kind":"DINAS","dinas":false,"mandiriTik":false,"active":%s,"extra":"ignored"}}"""
                .formatted(UUID.randomUUID(), code, Instant.now(), code, name, active);
        TestKafka.send(OpdEventsListener.TOPIC, code, event);
    }

    String createWidget(String opd, String name) {
        TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator(opd))
                .json(Map.of("name", name, "opd", opd)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    @Nested
    class Security {

        @Test
        void requestWithoutTokenGets401ProblemJson() {
            TestHttp.Reply reply = http.get("/api/v1/widgets/x").send();
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).endsWith("/unauthenticated");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }

        @Test
        void tokensFromAnUntrustedIssuerWrongAudienceOrExpiredAreRejected() {
            List<String> bad = List.of(
                    TestJwtIssuer.untrusted().user("mallory").opd("DINKES").roles("DINAS_ADMIN").bearer(),
                    ISSUER.user("someone").opd("DINKES").roles("OPD_OPERATOR").audience("account").bearer(),
                    ISSUER.user("someone").opd("DINKES").roles("OPD_OPERATOR")
                            .expiresAt(Instant.now().minusSeconds(120)).bearer(),
                    ISSUER.user("someone").opd("DINKES").roles("OPD_OPERATOR").issuer("http://evil.example/realms/spbe")
                            .bearer());
            for (String token : bad) {
                TestHttp.Reply reply = http.get("/api/v1/widgets/x").auth(token).send();
                assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
                assertThat(reply.json().get("status").asInt()).isEqualTo(401);
            }
        }

        @Test
        void roleWithoutPermissionGets403ProblemJson() {
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(ISSUER.user("auditor").roles("AUDITOR").bearer())
                    .json(Map.of("name", "x", "opd", "DINKES")).send();
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().get("type").asString()).endsWith("/forbidden");
        }

        @Test
        void anOpdNeverSeesAnotherOpdsRecordButRegionWideRolesDo() {
            String id = createWidget("DINKES", "Alat ukur");
            assertThat(http.get("/api/v1/widgets/" + id).auth(operator("DINKES")).send().status()).isEqualTo(200);
            TestHttp.Reply other = http.get("/api/v1/widgets/" + id).auth(operator("DISDIK")).send();
            assertThat(other.status()).isEqualTo(404);
            assertThat(other.json().get("detail").asString()).doesNotContain("DINKES");
            String dinas = ISSUER.user("admin.dinas").opd("DISKOMINFO").roles("DINAS_ADMIN").bearer();
            assertThat(http.get("/api/v1/widgets/" + id).auth(dinas).send().status()).isEqualTo(200);
        }

        @Test
        void healthIsPublic() {
            assertThat(http.get("/actuator/health/readiness").send().status()).isEqualTo(200);
            TestHttp.Reply health = http.get("/actuator/health").send();
            assertThat(health.json().get("status").asString()).isEqualTo("UP");
        }
    }

    @Nested
    class ProblemDetails {

        @Test
        void validationErrorsAre400WithFieldErrors() {
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator("DINKES"))
                    .json(Map.of("name", "", "opd", "DINKES")).send();
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            JsonNode errors = reply.json().get("errors");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).get("field").asString()).isEqualTo("name");
        }

        @Test
        void malformedJsonAndWrongTypesAre400() {
            TestHttp.Reply broken = http.post("/api/v1/widgets").auth(operator("DINKES")).json("{\"name\": ").send();
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.json().get("type").asString()).endsWith("/malformed-request");
            TestHttp.Reply wrongType = http.post("/api/v1/widgets").auth(operator("DINKES"))
                    .json("{\"name\": {\"a\":1}, \"opd\": \"DINKES\"}").send();
            assertThat(wrongType.status()).isEqualTo(400);
        }

        @Test
        void unknownOpdIs422CitingG1() {
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator("DINKES"))
                    .json(Map.of("name", "x", "opd", "NOPE")).send();
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.json().get("obligation").asString()).isEqualTo("G1");
        }

        @Test
        void domainRuleViolationIs422NamingTheObligation() {
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator("DINKES"))
                    .json(Map.of("name", "duplikat", "opd", "DINKES")).send();
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.json().get("obligation").asString()).isEqualTo("G5");
        }

        @Test
        void unknownResourceAndUnknownPathAre404() {
            assertThat(http.get("/api/v1/widgets/missing").auth(operator("DINKES")).send().status()).isEqualTo(404);
            TestHttp.Reply path = http.get("/api/v1/nothing-here").auth(operator("DINKES")).send();
            assertThat(path.status()).isEqualTo(404);
            assertThat(path.contentType()).startsWith("application/problem+json");
        }

        @Test
        void illegalTransitionIs409AndStaleIfMatchIs412() {
            String id = createWidget("DINKES", "Termometer");
            TestHttp.Reply stale = http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES"))
                    .header("If-Match", "\"99\"").json(Map.of("name", "baru")).send();
            assertThat(stale.status()).isEqualTo(412);
            TestHttp.Reply current = http.get("/api/v1/widgets/" + id).auth(operator("DINKES")).send();
            TestHttp.Reply renamed = http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES"))
                    .header("If-Match", current.header("ETag")).json(Map.of("name", "baru")).send();
            assertThat(renamed.status()).isEqualTo(200);
            assertThat(renamed.header("ETag")).isNotEqualTo(current.header("ETag"));
            http.post("/api/v1/widgets/" + id + "/archive").auth(operator("DINKES")).send();
            TestHttp.Reply conflict = http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES"))
                    .json(Map.of("name", "lagi")).send();
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.json().get("type").asString()).endsWith("/state-conflict");
        }

        @Test
        void wrongMediaTypeIs415() {
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator("DINKES"))
                    .body("text/plain", "name=x").send();
            assertThat(reply.status()).isEqualTo(415);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).endsWith("/unsupported-media-type");
            TestHttp.Reply wrongMethod = http.delete("/api/v1/widgets").auth(operator("DINKES")).send();
            assertThat(wrongMethod.status()).isEqualTo(405);
            assertThat(wrongMethod.json().get("type").asString()).endsWith("/method-not-allowed");
        }
    }

    @Nested
    class Outbox {

        @Test
        void stateAndEventAreOneWriteAndTheRelayPublishesACloudEventThenClearsTheOutbox() {
            String id = createWidget("DINKES", "Timbangan");
            ConsumerRecord<String, String> record = TestKafka.await(TOPIC, r -> id.equals(r.key()),
                    Duration.ofSeconds(20));
            JsonNode event = JSON.readTree(record.value());
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("type").asString()).isEqualTo("id.go.spbe.test.widget.changed.v1");
            assertThat(event.get("source").asString()).isEqualTo("/spbe/platform-test-app");
            assertThat(event.get("subject").asString()).isEqualTo(id);
            assertThat(event.get("opd").asString()).isEqualTo("DINKES");
            assertThat(event.get("data").get("name").asString()).isEqualTo("Timbangan");
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .startsWith("application/cloudevents+json");
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());
            assertThat(event.get("actor").asString()).isEqualTo("operator.dinkes");
            assertThat(mongo.count(Query.query(Criteria.where("aggregateId").is(id)), ChangeHistoryLog.COLLECTION))
                    .isEqualTo(1);
        }

        @Test
        void theTraceOfTheRequestTravelsWithItsEventThroughKafka() {
            String traceId = UUID.randomUUID().toString().replace("-", "");
            TestHttp.Reply reply = http.post("/api/v1/widgets").auth(operator("DINKES"))
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .json(Map.of("name", "Dilacak", "opd", "DINKES")).send();
            String id = reply.json().get("id").asString();
            ConsumerRecord<String, String> record = TestKafka.await(TOPIC, r -> id.equals(r.key()),
                    Duration.ofSeconds(20));
            String header = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
            assertThat(header).startsWith("00-" + traceId + "-");
            assertThat(JSON.readTree(record.value()).get("traceparent").asString()).isEqualTo(header);
        }

        @Test
        void eventsOfOneAggregateArePublishedInOrder() {
            String id = createWidget("DINKES", "Satu");
            for (String name : List.of("Dua", "Tiga")) {
                http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES")).json(Map.of("name", name))
                        .send();
            }
            List<String> changes = TestKafka.awaitAll(TOPIC, r -> id.equals(r.key()), 3, Duration.ofSeconds(20))
                    .stream().map(r -> JSON.readTree(r.value()).get("data").get("name").asString()).toList();
            assertThat(changes).containsExactly("Satu", "Dua", "Tiga");
        }

        /**
         * Defect 12 of issue 7: the wake-up after a save scanned every aggregate collection for pending entries (no
         * index can answer that on the wire server), so each event waited for a scan that grew with the collection.
         * Now the save names its document and the relay reads exactly that one by {@code _id}.
         */
        @Test
        void theWakeUpAfterASaveRelaysTheSavedDocumentByIdAndScansNothing() {
            // A collection the context's own sweep does not know, relayed by a relay of this test's own.
            OutboxRelay own = new OutboxRelay(mongo, kafka, writer, new OutboxRelayProperties(true,
                    Duration.ofHours(1), 100, Duration.ofSeconds(10), Duration.ofDays(7)),
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), jobs);
            String saved = UUID.randomUUID().toString();
            String leftByACrash = UUID.randomUUID().toString();
            for (String id : List.of(saved, leftByACrash)) {
                Document entry = new Document("eventId", UUID.randomUUID().toString())
                        .append("type", "id.go.spbe.test.widget.changed.v1").append("topic", TOPIC).append("key", id)
                        .append("opd", "DINKES").append("occurredAt", new java.util.Date())
                        .append("data", "{\"name\":\"gadget\"}");
                mongo.insert(new Document("_id", id).append("outbox", List.of(entry)), "gadgets");
            }
            own.wakeUp("gadgets", saved);
            assertThat(own.relaySaved()).isEqualTo(1);
            TestKafka.await(TOPIC, r -> saved.equals(r.key()), Duration.ofSeconds(20));
            assertThat(mongo.findById(saved, Document.class, "gadgets").getList("outbox", Document.class)).isEmpty();
            assertThat(mongo.findById(leftByACrash, Document.class, "gadgets").getList("outbox", Document.class))
                    .as("not the wake-up's business: the sweep finds it").hasSize(1);
        }

        /**
         * A plan write of 10,000 obligations woke the relay for 10,000 documents, and it marked them with two writes
         * each (markers, then a pull per document): 37.7 s. Now a pass awaits its sends and marks the batch with one
         * bulk write per collection — and still keeps each aggregate's order.
         */
        @Test
        void aBatchOfSavedDocumentsIsMarkedWithOneBulkWritePerCollectionAndKeepsEachAggregatesOrder() {
            String collection = "gadgets_batch";
            CountingMongo counting = new CountingMongo(mongo);
            OutboxRelay own = ownRelay(counting, kafka);
            List<String> ids = new java.util.ArrayList<>();
            List<String> eventIds = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String id = UUID.randomUUID().toString();
                List<Document> entries = List.of(gadgetEntry(id, "satu"), gadgetEntry(id, "dua"));
                entries.forEach(e -> eventIds.add(e.getString("eventId")));
                mongo.insert(new Document("_id", id).append("outbox", entries), collection);
                ids.add(id);
            }
            ids.forEach(id -> own.wakeUp(collection, id));

            assertThat(own.relaySaved()).isEqualTo(600);

            assertThat(mongo.count(new Query(Criteria.where("outbox.eventId").exists(true)), collection)).isZero();
            assertThat(mongo.count(Query.query(Criteria.where("_id").in(eventIds)), OutboxRelay.SENT_COLLECTION))
                    .isEqualTo(600);
            assertThat(counting.updateFirsts).as("no write per document").isZero();
            assertThat(counting.bulks).containsEntry(collection, 1).containsEntry(OutboxRelay.SENT_COLLECTION, 1);
            java.util.Set<String> keys = java.util.Set.copyOf(ids);
            Map<String, List<String>> byKey = TestKafka.awaitAll(TOPIC, r -> keys.contains(r.key()), 600,
                    Duration.ofSeconds(30)).stream().collect(java.util.stream.Collectors.groupingBy(
                            ConsumerRecord::key, java.util.stream.Collectors.mapping(
                                    r -> JSON.readTree(r.value()).get("data").get("name").asString(),
                                    java.util.stream.Collectors.toList())));
            assertThat(byKey).hasSize(300).allSatisfy((key, names) -> assertThat(names).containsExactly("satu", "dua"));
        }

        /**
         * The batch marks only what the broker acknowledged: a refused send leaves that entry and the ones after it
         * in their document, unmarked, for the next round; the other documents of the batch are done.
         */
        @Test
        void inABatchOnlyAcknowledgedEventsAreMarkedAndARefusedAggregateKeepsItsRestInOrder() {
            String collection = "gadgets_refused";
            String refused = UUID.randomUUID().toString();
            org.springframework.kafka.core.KafkaTemplate<String, String> refusing =
                    new org.springframework.kafka.core.KafkaTemplate<>(kafka.getProducerFactory()) {
                        @Override
                        public java.util.concurrent.CompletableFuture<org.springframework.kafka.support.SendResult<String, String>> send(
                                org.apache.kafka.clients.producer.ProducerRecord<String, String> record) {
                            return refused.equals(record.key())
                                    ? java.util.concurrent.CompletableFuture.failedFuture(
                                            new org.springframework.kafka.KafkaException("broker refused"))
                                    : super.send(record);
                        }
                    };
            List<String> ids = List.of(UUID.randomUUID().toString(), refused, UUID.randomUUID().toString());
            List<String> refusedEvents = new java.util.ArrayList<>();
            for (String id : ids) {
                List<Document> entries = List.of(gadgetEntry(id, "satu"), gadgetEntry(id, "dua"));
                if (id.equals(refused)) {
                    entries.forEach(e -> refusedEvents.add(e.getString("eventId")));
                }
                mongo.insert(new Document("_id", id).append("outbox", entries), collection);
            }
            OutboxRelay failing = ownRelay(mongo, refusing);
            ids.forEach(id -> failing.wakeUp(collection, id));

            assertThat(failing.relaySaved()).isEqualTo(4);

            assertThat(mongo.findById(ids.get(0), Document.class, collection).getList("outbox", Document.class))
                    .isEmpty();
            assertThat(mongo.findById(ids.get(2), Document.class, collection).getList("outbox", Document.class))
                    .isEmpty();
            assertThat(mongo.findById(refused, Document.class, collection).getList("outbox", Document.class))
                    .extracting(e -> e.getString("eventId")).containsExactlyElementsOf(refusedEvents);
            assertThat(mongo.count(Query.query(Criteria.where("_id").in(refusedEvents)),
                    OutboxRelay.SENT_COLLECTION)).as("nothing unacknowledged is marked").isZero();

            OutboxRelay healthy = ownRelay(mongo, kafka);
            healthy.wakeUp(collection, refused);
            assertThat(healthy.relaySaved()).isEqualTo(2);
            assertThat(TestKafka.awaitAll(TOPIC, r -> refused.equals(r.key()), 2, Duration.ofSeconds(20)))
                    .extracting(r -> JSON.readTree(r.value()).get("data").get("name").asString())
                    .containsExactly("satu", "dua");
            assertThat(mongo.findById(refused, Document.class, collection).getList("outbox", Document.class))
                    .isEmpty();
        }

        /**
         * A backlog larger than one batch (a plan of 10,000 obligations written while the relay was down) drains in one
         * sweep, batch after batch under the same lease, not one batch per interval. Asking the job to run again did
         * not do it: the lease is held at least half an interval after a run, so the follow-up round was skipped.
         * Here the interval is an hour, so only the sweep's own rounds can publish all 35 entries in batches of 10.
         */
        @Test
        void aBacklogLargerThanOneBatchDrainsInOneSweepNotOneBatchPerInterval() throws Exception {
            org.springframework.data.mongodb.core.mapping.MongoMappingContext mapping =
                    new org.springframework.data.mongodb.core.mapping.MongoMappingContext();
            org.springframework.data.mongodb.core.convert.MongoCustomConversions conversions =
                    new org.springframework.data.mongodb.core.convert.MongoCustomConversions(List.of());
            mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
            mapping.setInitialEntitySet(java.util.Set.of(Backlogged.class));
            mapping.afterPropertiesSet();
            org.springframework.data.mongodb.core.convert.MappingMongoConverter converter =
                    new org.springframework.data.mongodb.core.convert.MappingMongoConverter(
                            org.springframework.data.mongodb.core.convert.NoOpDbRefResolver.INSTANCE, mapping);
            converter.setCustomConversions(conversions);
            converter.afterPropertiesSet();
            // Only this test's aggregate is mapped, so the context's own relay never sweeps the collection.
            MongoTemplate onlyBacklog = new MongoTemplate(mongo.getMongoDatabaseFactory(), converter);
            org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler scheduler =
                    new org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler();
            scheduler.initialize();
            id.go.spbe.platform.scheduling.ScheduledJobs ownJobs = new id.go.spbe.platform.scheduling.ScheduledJobs(
                    scheduler, new net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor(
                            id.go.spbe.platform.scheduling.ScheduledJobs.leasesIn(mongo, "backlog_test_leases")),
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), java.time.Clock.systemUTC());
            OutboxRelay own = new OutboxRelay(onlyBacklog, kafka, writer, new OutboxRelayProperties(true,
                    Duration.ofHours(1), 10, Duration.ofSeconds(10), Duration.ofDays(7)),
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), ownJobs);
            own.start();
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (int i = 0; i < 35; i++) {
                String id = UUID.randomUUID().toString();
                keys.add(id);
                mongo.insert(new Document("_id", id).append("outbox", List.of(gadgetEntry(id, "tertunda"))),
                        Backlogged.COLLECTION);
            }
            try {
                ownJobs.start(); // the sweep's first run is now, its next tick in an hour
                await().atMost(Duration.ofSeconds(20)).until(() -> mongo.count(
                        new Query(Criteria.where("outbox.eventId").exists(true)), Backlogged.COLLECTION) == 0);
                assertThat(TestKafka.awaitAll(TOPIC, r -> keys.contains(r.key()), 35, Duration.ofSeconds(20)))
                        .hasSize(35);
            } finally {
                ownJobs.stop();
                own.stop();
                scheduler.shutdown();
            }
        }

        @Test
        void anEventWrittenWhileTheRelayWasDownIsPublishedLater() {
            // Simulates a crash after the write: the entry sits in the document until a relay round picks it up.
            String id = createWidget("DINKES", "Tertunda");
            TestKafka.await(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(20));
            Document pending = new Document("eventId", UUID.randomUUID().toString())
                    .append("type", "id.go.spbe.test.widget.changed.v1").append("topic", TOPIC).append("key", id)
                    .append("opd", "DINKES").append("occurredAt", new java.util.Date())
                    .append("data", "{\"name\":\"setelah-crash\"}");
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("outbox", pending),
                    "widgets");
            relay.relayOnce();
            TestKafka.await(TOPIC, r -> id.equals(r.key()) && r.value().contains("setelah-crash"),
                    Duration.ofSeconds(20));
            assertThat(outboxOf(id)).isEmpty();
        }

        @Test
        void anEntryWrittenBackByASaveThatLoadedTheAggregateBeforeTheRelayIsNotPublishedTwice() {
            String id = createWidget("DINKES", "Sekali");
            ConsumerRecord<String, String> first = TestKafka.await(TOPIC, r -> id.equals(r.key()),
                    Duration.ofSeconds(20));
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());
            // A request that read the widget before the relay removed the entry saves it back with the entry inside.
            String eventId = JSON.readTree(first.value()).get("id").asString();
            Document resurrected = new Document("eventId", eventId)
                    .append("type", "id.go.spbe.test.widget.changed.v1").append("topic", TOPIC).append("key", id)
                    .append("opd", "DINKES").append("occurredAt", new java.util.Date())
                    .append("data", "{\"name\":\"Sekali\"}");
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("outbox", resurrected),
                    "widgets");
            http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES")).json(Map.of("name", "Dua kali?"))
                    .send();
            List<String> names = TestKafka.awaitAll(TOPIC, r -> id.equals(r.key()), 2, Duration.ofSeconds(20))
                    .stream().map(r -> JSON.readTree(r.value()).get("data").get("name").asString()).toList();
            relay.relayOnce();
            assertThat(TestKafka.collect(TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(5)))
                    .extracting(r -> JSON.readTree(r.value()).get("data").get("name").asString())
                    .containsExactly("Sekali", "Dua kali?");
            assertThat(names).containsExactly("Sekali", "Dua kali?");
            assertThat(outboxOf(id)).isEmpty();
        }

    }

    @Nested
    class History {

        @Test
        void everyChangeExtendsAHashChainInTheHistoryCollectionAndTamperingWithAStoredEntryIsReported() {
            String id = createWidget("DINKES", "Awal");
            http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES")).json(Map.of("name", "Akhir")).send();
            await().atMost(Duration.ofSeconds(20)).until(() -> storedHistory(id).size() == 2);
            var verified = histories.of(widgets.findById(id).orElseThrow());
            assertThat(verified.intact()).isTrue();
            assertThat(verified.entries()).extracting(e -> e.sequence()).containsExactly(1L, 2L);
            assertThat(verified.entries().get(0).actor()).isEqualTo("operator.dinkes");

            mongo.updateFirst(Query.query(Criteria.where("aggregateId").is(id).and("sequence").is(1L)),
                    new Update().set("data", "{\"name\":\"dipalsukan\"}"), ChangeHistoryLog.COLLECTION);
            var tampered = histories.of(widgets.findById(id).orElseThrow());
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.firstBrokenSequence()).isEqualTo(1L);
        }

        @Test
        void aRemovedLastEntryIsReportedAgainstTheHeadTheAggregateKeeps() {
            String id = createWidget("DINKES", "Satu");
            http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES")).json(Map.of("name", "Dua")).send();
            await().atMost(Duration.ofSeconds(20)).until(() -> storedHistory(id).size() == 2
                    && outboxOf(id).isEmpty());
            mongo.remove(Query.query(Criteria.where("aggregateId").is(id).and("sequence").is(2L)),
                    ChangeHistoryLog.COLLECTION);
            assertThat(histories.of(widgets.findById(id).orElseThrow()).firstBrokenSequence()).isEqualTo(2L);
        }

        @Test
        void aChangeIsInTheHistoryAsSoonAsItIsSavedEvenBeforeTheRelayStoredIt() {
            Widget widget = Widget.create("DINKES", "Segera");
            widget.rename("Segera juga");
            // The saved aggregate as the request holds it: its links are in its outbox, whether or not the relay
            // has stored them yet.
            Widget saved = mongo.insert(widget);
            var verified = histories.of(saved);
            assertThat(verified.intact()).isTrue();
            assertThat(verified.entries()).hasSize(2);
        }

        @Test
        void replayingTheSameOutboxEntryWritesOneHistoryEntry() {
            String id = createWidget("DINKES", "Sekali");
            await().atMost(Duration.ofSeconds(20)).until(() -> outboxOf(id).isEmpty());
            Document entry = storedHistory(id).get(0);
            // The same entry again in the outbox, as a save that loaded the widget before the relay would write it.
            Document link = new Document("sequence", 1L).append("at", entry.getDate("at"))
                    .append("actor", entry.getString("actor")).append("action", entry.getString("action"))
                    .append("data", entry.getString("data")).append("previousHash", entry.getString("previousHash"))
                    .append("hash", entry.getString("hash"));
            Document replayed = new Document("eventId", entry.getString("_id"))
                    .append("type", "id.go.spbe.test.widget.changed.v1").append("topic", TOPIC).append("key", id)
                    .append("opd", "DINKES").append("occurredAt", entry.getDate("at"))
                    .append("data", entry.getString("data")).append("history", link);
            for (int i = 0; i < 2; i++) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("outbox", replayed),
                        "widgets");
                relay.relayOnce();
            }
            assertThat(storedHistory(id)).hasSize(1);
            assertThat(outboxOf(id)).isEmpty();
            assertThat(histories.of(widgets.findById(id).orElseThrow()).intact()).isTrue();
        }

        @Test
        void anEntryClaimingALinkAnotherEventHoldsIsRefusedByTheUniqueIndexAndTheRelayGoesOn() {
            String id = createWidget("DINKES", "Asli");
            await().atMost(Duration.ofSeconds(20)).until(() -> outboxOf(id).isEmpty());
            Document original = storedHistory(id).get(0);
            Document forged = new Document("sequence", 1L).append("at", original.getDate("at"))
                    .append("actor", "pemalsu").append("action", original.getString("action"))
                    .append("data", "{\"name\":\"palsu\"}").append("previousHash", original.getString("previousHash"))
                    .append("hash", "f".repeat(64));
            Document entry = new Document("eventId", UUID.randomUUID().toString())
                    .append("type", "id.go.spbe.test.widget.changed.v1").append("topic", TOPIC).append("key", id)
                    .append("opd", "DINKES").append("occurredAt", new java.util.Date())
                    .append("data", "{\"name\":\"palsu\"}").append("history", forged);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().push("outbox", entry),
                    "widgets");
            relay.relayOnce();
            assertThat(outboxOf(id)).isEmpty();
            assertThat(storedHistory(id)).hasSize(1);
            assertThat(storedHistory(id).get(0).getString("actor")).isEqualTo("operator.dinkes");
            assertThat(histories.of(widgets.findById(id).orElseThrow()).intact()).isTrue();
        }

        @Test
        void aThousandChangesToOneAggregateDoNotGrowItsDocument() {
            Widget widget = widgets.save(Widget.create("DINKES", "Berubah terus"));
            await().atMost(Duration.ofSeconds(20)).until(() -> outboxOf(widget.id()).isEmpty());
            int sizeAfterOne = documentSize(widget.id());
            for (int i = 1; i <= 1000; i++) {
                Widget current = widgets.findById(widget.id()).orElseThrow();
                current.rename("Nama " + i);
                widgets.save(current);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxOf(widget.id()).isEmpty());
            assertThat(storedHistory(widget.id())).hasSize(1001);
            // Only the name and counters changed; the history is in its own collection.
            assertThat(documentSize(widget.id())).isLessThan(sizeAfterOne + 64);
            var verified = histories.of(widgets.findById(widget.id()).orElseThrow());
            assertThat(verified.intact()).isTrue();
            assertThat(verified.entries()).hasSize(1001);
        }

        @Test
        void anAggregateThatStillEmbedsItsHistoryKeepsVerifyingAndItsChainContinuesInTheCollection() {
            // A document as written before the history moved out: entries embedded, no head.
            String id = UUID.randomUUID().toString();
            List<HistoryEntry> legacy = new java.util.ArrayList<>();
            legacy.add(ChangeHistory.next(legacy, Instant.now(), "operator.lama", "id.go.spbe.test.widget.changed.v1",
                    "{\"name\":\"Lama\"}"));
            legacy.add(ChangeHistory.next(legacy, Instant.now(), "operator.lama", "id.go.spbe.test.widget.changed.v1",
                    "{\"name\":\"Lama 2\"}"));
            Document document = new Document("_id", id).append("opd", "DINKES").append("name", "Lama 2")
                    .append("archived", false).append("version", 3L).append("outbox", List.of())
                    .append("history", legacy.stream().map(e -> new Document("sequence", e.sequence())
                            .append("at", java.util.Date.from(e.at())).append("actor", e.actor())
                            .append("action", e.action()).append("data", e.data())
                            .append("previousHash", e.previousHash()).append("hash", e.hash())).toList())
                    .append("_class", Widget.class.getName());
            mongo.insert(document, "widgets");
            assertThat(histories.of(widgets.findById(id).orElseThrow()).intact()).isTrue();

            http.put("/api/v1/widgets/" + id + "/name").auth(operator("DINKES")).json(Map.of("name", "Baru")).send();
            await().atMost(Duration.ofSeconds(20)).until(() -> storedHistory(id).size() == 1);
            assertThat(storedHistory(id).get(0).get("sequence", Number.class).longValue()).isEqualTo(3L);
            var verified = histories.of(widgets.findById(id).orElseThrow());
            assertThat(verified.intact()).isTrue();
            assertThat(verified.entries()).extracting(HistoryEntry::actor)
                    .containsExactly("operator.lama", "operator.lama", "operator.dinkes");
        }

        @Test
        void anEventThatNamesItsActorIsRecordedAsTheirsOutsideAnyRequest() {
            Widget widget = widgets.save(Widget.create("DINKES", "Dialihkan"));
            widget.reassign("pengunggah.impor");
            widgets.save(widget);
            ConsumerRecord<String, String> record = TestKafka.await(TOPIC, r -> widget.id().equals(r.key())
                    && r.value().contains("widget.reassigned"), Duration.ofSeconds(20));
            assertThat(JSON.readTree(record.value()).get("actor").asString()).isEqualTo("pengunggah.impor");
            var entries = histories.of(widgets.findById(widget.id()).orElseThrow()).entries();
            assertThat(entries).extracting(HistoryEntry::actor).containsExactly("system", "pengunggah.impor");
        }

        private List<Document> storedHistory(String id) {
            return mongo.find(Query.query(Criteria.where("aggregateType").is("widgets").and("aggregateId").is(id))
                    .with(org.springframework.data.domain.Sort.by("sequence")), Document.class,
                    ChangeHistoryLog.COLLECTION);
        }

        private int documentSize(String id) {
            Document document = mongo.findById(id, Document.class, "widgets");
            return document.toJson().length();
        }
    }

    @Nested
    class Consumers {

        @Test
        void opdEventsFeedTheReadModelAndRepeatsAreIgnored() {
            String eventId = UUID.randomUUID().toString();
            String event = """
                    {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"id.go.spbe.opd.updated.v1",
                     "subject":"BAPPEDA","time":"%s","data":{"code":"BAPPEDA","name":"Bappeda","dinas":false,"mandiriTik":true}}"""
                    .formatted(eventId, Instant.now());
            TestKafka.send(OpdEventsListener.TOPIC, "BAPPEDA", event);
            TestKafka.send(OpdEventsListener.TOPIC, "BAPPEDA", event);
            await().atMost(Duration.ofSeconds(20)).until(() -> opds.find("BAPPEDA").isPresent());
            assertThat(opds.requireKnown("BAPPEDA").mandiriTik()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(
                    Query.query(Criteria.where("_id").is("opd-reference:" + eventId)), "processed_events"));
            assertThat(mongo.count(Query.query(Criteria.where("eventId").is(eventId)), "processed_events"))
                    .isEqualTo(1);
        }

        @Test
        void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerMovesOn() {
            TestKafka.send(OpdEventsListener.TOPIC, "X", "this is not a cloud event");
            TestKafka.await(OpdEventsListener.TOPIC + ".dlt", r -> r.value().equals("this is not a cloud event"),
                    Duration.ofSeconds(30));
            publishOpd("INSPEKTORAT", "Inspektorat", true);
            await().atMost(Duration.ofSeconds(20)).until(() -> opds.find("INSPEKTORAT").isPresent());
        }
    }

    /** An aggregate only the backlog test maps. */
    @org.springframework.data.mongodb.core.mapping.Document(Backlogged.COLLECTION)
    static class Backlogged extends id.go.spbe.platform.domain.AggregateRoot {
        static final String COLLECTION = "relay_backlog";

        @org.springframework.data.annotation.Id
        String id;
    }
}
