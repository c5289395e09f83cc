package id.go.spbe.appregistry.opd;

import id.go.spbe.platform.test.contract.EventSchemas;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.kafka.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static id.go.spbe.appregistry.AppRegistryTestSupport.admin;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static id.go.spbe.appregistry.opd.OpdApi.TOPIC;
import static id.go.spbe.appregistry.opd.OpdApi.newCode;
import static id.go.spbe.appregistry.opd.OpdApi.today;
import static org.assertj.core.api.Assertions.assertThat;

/** G1 and S2: who answers for an OPD, its head and its Tier 1 service-desk contact. */
@SpbeIntegrationTest
class OpdContactsIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String NIP = "197912152005012002";

    @LocalServerPort
    int port;

    TestHttp http;
    OpdApi opds;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
        opds = new OpdApi(http);
    }

    static Map<String, Object> head(String nip) {
        return new HashMap<>(Map.of("name", "Dr. Siti Aminah, M.Kes", "nip", nip, "positionTitle",
                "Kepala Badan", "since", today().minusYears(1).toString()));
    }

    static Map<String, Object> contact(String phone, String email) {
        return new HashMap<>(Map.of("name", "Budi Santoso", "phone", phone, "email", email));
    }

    TestHttp.Reply putHead(String code, Object body, String ifMatch) {
        return put("/api/v1/opds/" + code + "/head", body, ifMatch);
    }

    TestHttp.Reply putContact(String code, Object body, String ifMatch) {
        return put("/api/v1/opds/" + code + "/tier1-contact", body, ifMatch);
    }

    TestHttp.Reply put(String path, Object body, String ifMatch) {
        TestHttp.Call call = http.put(path).auth(admin()).json(body);
        return (ifMatch == null ? call : call.header("If-Match", ifMatch)).send();
    }

    static String firstErrorField(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void g1TheHeadOfAnOpdIsRecordedPublishedAndKeptInItsHistory() {
        String code = opds.registered("BADAN");
        TestHttp.Reply reply = putHead(code, head(NIP), "\"0\"");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        JsonNode head = reply.json().get("head");
        assertThat(head.get("nip").asString()).isEqualTo(NIP);
        assertThat(head.get("since").asString()).isEqualTo(today().minusYears(1).toString());
        assertThat(http.get("/api/v1/opds/" + code).auth(operator("DINKES")).send().json().get("head")
                .get("positionTitle").asString()).isEqualTo("Kepala Badan");

        ConsumerRecord<String, String> record = TestKafka.await(TOPIC,
                r -> code.equals(r.key()) && r.value().contains(NIP), Duration.ofSeconds(20));
        JsonNode event = JSON.readTree(record.value());
        assertThat(event.get("type").asString()).isEqualTo("id.go.spbe.opd.updated.v1");
        assertThat(event.get("data").get("head").get("name").asString()).isEqualTo("Dr. Siti Aminah, M.Kes");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-updated.v1"),
                event.get("data").toString());

        // The same head again is no change: no new version, no new history entry.
        assertThat(putHead(code, head(NIP), "\"1\"").header("ETag")).isEqualTo("\"1\"");
        JsonNode history = http.get("/api/v1/opds/" + code + "/history").auth(admin()).send().json();
        assertThat(history.get("intact").asBoolean()).isTrue();
        assertThat(history.get("entries")).hasSize(2);
        assertThat(history.get("entries").get(1).get("action").asString()).isEqualTo("id.go.spbe.opd.updated.v1");
    }

    @Test
    void s2TheTier1ContactOfAnOpdIsRecordedAndPublished() {
        String code = opds.registered("BADAN");
        TestHttp.Reply reply = putContact(code, contact("0812-3456-7890", "Helpdesk@Badan.go.id"), "\"0\"");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode contact = reply.json().get("tier1Contact");
        assertThat(contact.get("phone").asString()).isEqualTo("0812-3456-7890");
        assertThat(contact.get("email").asString()).isEqualTo("helpdesk@badan.go.id");

        ConsumerRecord<String, String> record = TestKafka.await(TOPIC,
                r -> code.equals(r.key()) && r.value().contains("helpdesk@badan.go.id"), Duration.ofSeconds(20));
        JsonNode data = JSON.readTree(record.value()).get("data");
        assertThat(data.get("tier1Contact").get("name").asString()).isEqualTo("Budi Santoso");
        EventSchemas.assertValid(EventSchemas.producerSchema("app-registry-service", "opd-updated.v1"),
                data.toString());

        // The plain update leaves head and contact alone.
        TestHttp.Reply renamed = http.put("/api/v1/opds/" + code).auth(admin()).header("If-Match", "\"1\"")
                .json(Map.of("name", "Badan Baru", "kind", "BADAN", "dinas", false, "active", true)).send();
        assertThat(renamed.json().get("tier1Contact").get("email").asString()).isEqualTo("helpdesk@badan.go.id");
    }

    @Test
    void g1AHeadNeedsAValidNipAndAStartDateThatHasPassed() {
        String code = opds.registered("BADAN");
        assertThat(firstErrorField(putHead(code, head("19791215200501200"), null))).isEqualTo("nip");
        assertThat(firstErrorField(putHead(code, head("197902302005012002"), null))).as("30 February")
                .isEqualTo("nip");
        assertThat(firstErrorField(putHead(code, head("197912152005013002"), null))).as("sex digit")
                .isEqualTo("nip");
        Map<String, Object> noTitle = head(NIP);
        noTitle.remove("positionTitle");
        assertThat(firstErrorField(putHead(code, noTitle, null))).isEqualTo("positionTitle");
        Map<String, Object> future = head(NIP);
        future.put("since", today().plusDays(2).toString());
        assertThat(putHead(code, future, null).status()).isEqualTo(400);
        Map<String, Object> notADate = head(NIP);
        notADate.put("since", "kemarin");
        assertThat(putHead(code, notADate, null).status()).isEqualTo(400);
        assertThat(putHead(code, "{\"name\": ", null).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/opds/" + code).auth(admin()).send().json().get("head").isNull()).isTrue();
    }

    @Test
    void s2ATier1ContactNeedsAnIndonesianPhoneNumberAndAnEmailAddress() {
        String code = opds.registered("BADAN");
        assertThat(firstErrorField(putContact(code, contact("12345", "a@badan.go.id"), null))).isEqualTo("phone");
        assertThat(firstErrorField(putContact(code, contact("081234567890", "bukan-email"), null)))
                .isEqualTo("email");
        assertThat(firstErrorField(putContact(code, contact("081234567890", "a@localhost"), null)))
                .isEqualTo("email");
        Map<String, Object> wrongType = contact("081234567890", "a@badan.go.id");
        wrongType.put("name", Map.of("first", "Budi"));
        assertThat(putContact(code, wrongType, null).status()).isEqualTo(400);
        assertThat(putContact(code, "[]", null).status()).isEqualTo(400);
        assertThat(putContact(code, contact("+62 732 21234", "a@badan.go.id"), null).status()).isEqualTo(200);
    }

    @Test
    void g1HeadAndContactWritesNeedTheCurrentVersionAKnownOpdAndADinasAdmin() {
        String code = opds.registered("BADAN");
        assertThat(putHead(code, head(NIP), "\"9\"").status()).isEqualTo(412);
        assertThat(putContact(code, contact("081234567890", "a@badan.go.id"), "\"9\"").status()).isEqualTo(412);
        String unknown = newCode("NONE");
        assertThat(putHead(unknown, head(NIP), null).status()).isEqualTo(404);
        assertThat(putContact(unknown, contact("081234567890", "a@badan.go.id"), null).status()).isEqualTo(404);

        TestHttp.Reply byOperator = http.put("/api/v1/opds/" + code + "/head").auth(operator("DINKES"))
                .json(head(NIP)).send();
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.contentType()).startsWith("application/problem+json");
        assertThat(http.put("/api/v1/opds/" + code + "/tier1-contact").auth(operator("DINKES"))
                .json(contact("081234567890", "a@badan.go.id")).send().status()).isEqualTo(403);
        assertThat(http.put("/api/v1/opds/" + code + "/tier1-contact").auth(OpdApi.tier1Agent("DINKES"))
                .json(contact("081234567890", "a@badan.go.id")).send().status()).isEqualTo(403);
        assertThat(http.put("/api/v1/opds/" + code + "/head").json(head(NIP)).send().status()).isEqualTo(401);
        assertThat(http.get("/api/v1/opds/" + code).auth(admin()).send().header("ETag")).isEqualTo("\"0\"");
    }
}
