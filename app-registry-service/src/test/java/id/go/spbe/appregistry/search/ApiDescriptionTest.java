package id.go.spbe.appregistry.search;

import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** P3: search, duplicates and the public catalogue are in the service's OpenAPI description. */
@SpbeIntegrationTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Test
    void p3SearchDuplicatesAndThePublicCatalogueAreDescribed() {
        JsonNode doc = TestHttp.onPort(port).get("/v3/api-docs").send().json();
        JsonNode paths = doc.get("paths");
        assertThat(paths.get("/api/v1/applications").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString())).contains("q");
        assertThat(paths.has("/api/v1/applications/{id}/duplicates")).isTrue();
        // the catalogue needs no token: its operations override the global bearer requirement with none
        for (String path : new String[] {"/api/v1/public/applications", "/api/v1/public/applications/{id}"}) {
            assertThat(paths.get(path).get("get").get("security").isEmpty()).as(path).isTrue();
        }
        JsonNode registration = doc.get("components").get("schemas").get("RegistrationResponse").get("properties");
        assertThat(registration.has("id")).as("application fields unwrapped").isTrue();
        assertThat(registration.has("likelyDuplicates")).isTrue();
    }
}
