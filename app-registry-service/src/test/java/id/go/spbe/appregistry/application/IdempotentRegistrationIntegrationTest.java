package id.go.spbe.appregistry.application;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Map;
import java.util.UUID;

import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect 11 of issue 7 through app-registry: an OPD system that resends a registration with the same
 * {@code Idempotency-Key} (as the gateway's 503 tells it to) gets the first answer again, not a second application.
 */
@SpbeIntegrationTest
class IdempotentRegistrationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    TestHttp.Reply register(String key, String name) {
        return http.post("/api/v1/applications").auth(operator("DINKES")).header("Idempotency-Key", key)
                .json(Map.of("name", name, "applicationClass", "KHUSUS")).send();
    }

    long applicationsNamed(String name) {
        return mongo.count(Query.query(Criteria.where("name").is(name)), "applications");
    }

    @Test
    void defect11RegisteringTwiceWithTheSameKeyCreatesOneApplication() {
        String name = "SIMRS " + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        TestHttp.Reply first = register(key, name);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        TestHttp.Reply resent = register(key, name);
        assertThat(resent.status()).isEqualTo(201);
        assertThat(resent.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(resent.header("Location")).isEqualTo(first.header("Location")).isNotNull();
        assertThat(resent.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(applicationsNamed(name)).isEqualTo(1);

        TestHttp.Reply otherBody = register(key, name + " baru");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(applicationsNamed(name + " baru")).isZero();
    }
}
