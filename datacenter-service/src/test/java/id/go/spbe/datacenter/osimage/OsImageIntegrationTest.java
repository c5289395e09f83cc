package id.go.spbe.datacenter.osimage;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.platform.test.http.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static id.go.spbe.datacenter.DatacenterTestSupport.admin;
import static id.go.spbe.datacenter.DatacenterTestSupport.application;
import static id.go.spbe.datacenter.DatacenterTestSupport.assertRule;
import static id.go.spbe.datacenter.DatacenterTestSupport.ensureMainDataCenter;
import static id.go.spbe.datacenter.DatacenterTestSupport.newOpdCode;
import static id.go.spbe.datacenter.DatacenterTestSupport.opd;
import static id.go.spbe.datacenter.DatacenterTestSupport.operator;
import static id.go.spbe.datacenter.DatacenterTestSupport.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D4 over the API: Dinas keeps the OS image catalogue (add, correct, retire — never delete), every change an event
 * and a history entry; a VPS request names an active, still supported image of it (422 D4 otherwise), and requests
 * made before an image was retired stay valid.
 */
@DatacenterIntegrationTest
class OsImageIntegrationTest {

    static final String PATH = "/api/v1/os-images";
    static final String TOPIC = "spbe.datacenter.os-image.v1";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        ensureMainDataCenter(http);
    }

    static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    TestHttp.Reply add(String code, String endOfSupport) {
        Map<String, Object> form = new HashMap<>(Map.of("code", code, "name", "Ubuntu Server", "version",
                "24.04 LTS", "family", "LINUX"));
        form.put("endOfSupport", endOfSupport);
        return http.post(PATH).auth(admin()).json(form).send();
    }

    TestHttp.Reply requestVps(String opd, String app, String image) {
        return http.post("/api/v1/vps-requests").auth(operator(opd)).json(Map.of("applicationId", app, "vcpu", 1,
                "ramGib", 2, "diskGib", 20, "osImage", image, "purpose", "Portal")).send();
    }

    @Test
    void dinasAddsCorrectsAndRetiresImagesEachChangeAnEventInTheHistory_D4() {
        String code = newCode("ubuntu");
        TestHttp.Reply added = add(code, "2029-05-31");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(added.json().get("supportEnded").asBoolean()).isFalse();
        JsonNode event = published(TOPIC, code, "id.go.spbe.os-image.added.v1");
        assertThat(event.get("data").get("endOfSupport").asString()).isEqualTo("2029-05-31");
        assertThat(add(code, null).status()).as("a code is added once").isEqualTo(409);

        TestHttp.Reply stale = http.put(PATH + "/" + code).auth(admin()).header("If-Match", "\"99\"")
                .json(Map.of("name", "Ubuntu Server", "version", "24.04 LTS", "family", "LINUX", "endOfSupport",
                        "2029-06-30")).send();
        assertThat(stale.status()).isEqualTo(412);
        TestHttp.Reply updated = http.put(PATH + "/" + code).auth(admin()).header("If-Match", added.header("ETag"))
                .json(Map.of("name", "Ubuntu Server", "version", "24.04 LTS", "family", "LINUX", "endOfSupport",
                        "2029-06-30")).send();
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        JsonNode changed = published(TOPIC, code, "id.go.spbe.os-image.updated.v1");
        assertThat(changed.get("data").get("changedFields").get(0).asString()).isEqualTo("endOfSupport");

        TestHttp.Reply retired = http.post(PATH + "/" + code + "/retire").auth(admin())
                .header("If-Match", updated.header("ETag")).json(Map.of("reason", "Diganti 26.04 LTS")).send();
        assertThat(retired.status()).as(retired.text()).isEqualTo(200);
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
        published(TOPIC, code, "id.go.spbe.os-image.retired.v1");
        assertThat(http.post(PATH + "/" + code + "/retire").auth(admin()).json(Map.of("reason", "lagi")).send()
                .status()).as("retired twice").isEqualTo(409);
        assertThat(http.put(PATH + "/" + code).auth(admin()).json(Map.of("name", "x", "version", "1", "family",
                "OTHER")).send().status()).as("a retired image is history").isEqualTo(409);

        // every signed-in caller reads; ACTIVE lists what a request may name
        JsonNode active = http.get(PATH + "?status=ACTIVE&size=200").auth(operator("DINKES")).send().json();
        assertThat(active.get("items").valueStream().map(i -> i.get("code").asString())).doesNotContain(code)
                .contains("debian-12");
        JsonNode history = http.get(PATH + "/" + code + "/history").auth(operator("DINKES")).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(3);
        assertThat(http.get(PATH + "/tidak-ada").auth(admin()).send().status()).isEqualTo(404);
    }

    @Test
    void aVpsRequestNamesAnActiveSupportedImageOfTheCatalogueAndEarlierRequestsStayValid_D4() {
        String opd = newOpdCode("DISKAN");
        opd(mongo, opd, false);
        String app = application(mongo, opd, "SIPERIKANAN");
        String image = newCode("rocky");
        assertThat(add(image, null).status()).isEqualTo(201);
        TestHttp.Reply earlier = requestVps(opd, app, image);
        assertThat(earlier.status()).as(earlier.text()).isEqualTo(201);

        String etag = http.get(PATH + "/" + image).auth(admin()).send().header("ETag");
        assertThat(http.post(PATH + "/" + image + "/retire").auth(admin()).header("If-Match", etag)
                .json(Map.of("reason", "Diganti Rocky 10")).send().status()).isEqualTo(200);
        assertRule(requestVps(opd, app, image), "D4");
        assertRule(requestVps(opd, app, "windows-xp"), "D4");
        String unsupported = newCode("debian");
        assertThat(add(unsupported, "2024-06-30").json().get("supportEnded").asBoolean()).isTrue();
        assertRule(requestVps(opd, app, unsupported), "D4");

        // the request made before the retirement still reads and is still approved
        String id = earlier.json().get("id").asString();
        assertThat(http.get("/api/v1/vps-requests/" + id).auth(operator(opd)).send().json().get("osImage")
                .asString()).isEqualTo(image);
        TestHttp.Reply approved = http.post("/api/v1/vps-requests/" + id + "/approve").auth(admin())
                .json(Map.of("note", "Image lama tetap berlaku")).send();
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(requestVps(opd, app, "debian-12").status()).isEqualTo(201);
    }
}
