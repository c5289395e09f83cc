package id.go.spbe.appregistry.profile;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static id.go.spbe.appregistry.AppRegistryTestSupport.auditor;
import static id.go.spbe.appregistry.AppRegistryTestSupport.operator;
import static org.assertj.core.api.Assertions.assertThat;

/** The SPA reads the active profile (the test profile is Rejang Lebong) to offer only what the regulation allows. */
@SpbeIntegrationTest
class RegulationProfileIntegrationTest {

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void setUp() {
        http = TestHttp.onPort(port);
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void anySignedInRoleReadsTheRegionsClassesDocumentsAndGovernance() {
        for (String token : List.of(operator("DINKES"), auditor())) {
            TestHttp.Reply reply = http.get("/api/v1/regulation-profile").auth(token).send();

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.header("Cache-Control")).contains("max-age=300").contains("private");
            JsonNode profile = reply.json();
            assertThat(profile.get("id").asString()).isEqualTo("rejang-lebong");
            assertThat(profile.get("region").get("name").asString()).isEqualTo("Kabupaten Rejang Lebong");
            assertThat(profile.get("region").get("timeZone").asString()).isEqualTo("Asia/Jakarta");
            JsonNode applications = profile.get("applications");
            assertThat(strings(applications.get("classes"))).containsExactly("UMUM", "KHUSUS");
            assertThat(strings(applications.get("requiredDocuments")))
                    .containsExactly("REQUIREMENTS_SPEC", "USER_MANUAL", "SOURCE_CODE");
            assertThat(applications.get("domain").asString()).isEqualTo("rejanglebongkab.go.id");
            JsonNode governance = profile.get("governance");
            assertThat(governance.get("body").asString()).isEqualTo("Tim Koordinasi SPBE");
            assertThat(governance.get("mandiriTikDecidedBy").asString()).isEqualTo("BUPATI");
            assertThat(strings(governance.get("mandiriTikCriteria"))).hasSize(6).contains("HAS_ICT_STAFF");
        }
    }

    @Test
    void withoutATokenItIsNotShown() {
        assertThat(http.get("/api/v1/regulation-profile").send().status()).isEqualTo(401);
    }
}
