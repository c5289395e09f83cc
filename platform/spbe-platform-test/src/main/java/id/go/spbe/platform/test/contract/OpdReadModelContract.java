package id.go.spbe.platform.test.contract;

import id.go.spbe.platform.test.kafka.TestKafka;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * What every service that consumes the OPD directory must do (G1): keep a local read model in its own database, fed
 * by app-registry's OPD events over the real broker, and follow later changes. (That an unknown code is then a 422
 * citing G1 is proven once, in the starter's tests.) A service's test extends this class and is annotated
 * {@code @SpbeIntegrationTest}.
 *
 * <p>The fixtures are validated against app-registry-service's schema files ({@code events/opd-*.schema.json}, read
 * from the repository at test time), including fields this consumer ignores, so a schema change breaks this
 * contract rather than production.
 */
public abstract class OpdReadModelContract {

    static final String TOPIC = "spbe.app-registry.opd.v1";

    @Autowired
    private MongoTemplate mongo;

    @Test
    void g1TheLocalOpdReadModelFollowsTheDirectorysEvents() {
        String code = "OPD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        TestKafka.send(TOPIC, code, event("id.go.spbe.opd.registered.v1", code, "Badan Uji", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> reference(code) != null);

        TestKafka.send(TOPIC, code, event("id.go.spbe.opd.mandiri-tik-designated.v1", code, "Badan Uji", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(reference(code).get("mandiriTik")));
    }

    private Document reference(String code) {
        return mongo.findById(code, Document.class, "opd_references");
    }

    /** A CloudEvent whose data is checked against app-registry's published schema of {@code type} first. */
    private static String event(String type, String code, String name, boolean mandiriTik) {
        Instant now = Instant.now();
        String data = """
                {"eventId":"%s","occurredAt":"%s","code":"%s","name":"%s","kind":"BADAN","dinas":false,
                 "mandiriTik":%s,"active":true,"parentCode":null%s}"""
                .formatted(UUID.randomUUID(), now, code, name, mandiriTik,
                        type.endsWith("mandiri-tik-designated.v1") ? """
                                ,"sequence":1,"designated":%s,"decreeNumber":"188.45/1/2026","decreeDate":"2026-01-05",
                                 "decidedBy":"admin.dinas","assessmentReference":null,"criteriaMet":[],"notes":null"""
                                .formatted(mandiriTik) : "");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service",
                EventCatalogue.schemaName(type)), data);
        return """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","opd":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, code, now, code, data);
    }
}
