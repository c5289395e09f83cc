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
 * <p>The fixtures follow app-registry-service's published schemas ({@code events/opd-*.schema.json}), including
 * fields this consumer ignores.
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

    private static String event(String type, String code, String name, boolean mandiriTik) {
        return """
                {"specversion":"1.0","id":"%s","source":"/spbe/app-registry-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","opd":"%s",
                 "data":{"code":"%s","name":"%s","kind":"BADAN","dinas":false,"mandiriTik":%s,"active":true,
                         "parentCode":null}}"""
                .formatted(UUID.randomUUID(), type, code, Instant.now(), code, code, name, mandiriTik);
    }
}
