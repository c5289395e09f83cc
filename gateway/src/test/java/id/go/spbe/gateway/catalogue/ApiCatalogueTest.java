package id.go.spbe.gateway.catalogue;

import id.go.spbe.gateway.support.Backends;
import id.go.spbe.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class ApiCatalogueTest extends GatewayIntegrationTest {

    @Test
    void theCatalogueListsEveryServiceWithItsDocumentThroughTheGateway() {
        http.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat((List<String>) urls).containsExactlyInAnyOrder(
                        "/v3/api-docs/app-registry-service", "/v3/api-docs/datacenter-service",
                        "/v3/api-docs/network-service", "/v3/api-docs/servicedesk-service",
                        "/v3/api-docs/audit-service", "/v3/api-docs/monev-service"))
                .jsonPath("$.urls[?(@.url == '/v3/api-docs/servicedesk-service')].name")
                .isEqualTo(List.of("Layanan Bantuan (Service Desk) — servicedesk-service"))
                .jsonPath("['urls.primaryName']").isEqualTo("Registri Aplikasi dan OPD — app-registry-service");
    }

    @Test
    void aServiceDocumentIsServedFromTheServicesOwnApiDocsWithoutAToken() {
        http.get().uri("/v3/api-docs/datacenter-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").isEqualTo("3.1.0")
                .jsonPath("$.info.title").isEqualTo("datacenter-service");

        assertThat(Backends.DATACENTER.received("/v3/api-docs")).isNotEmpty();
    }

    @Test
    void theDocumentOfAServiceThatIsDownIsA503Problem() {
        http.get().uri("/v3/api-docs/audit-service")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.service").isEqualTo("audit-service")
                .jsonPath("$.instance").isEqualTo("/v3/api-docs/audit-service");
    }

    @Test
    void theSwaggerUiIsOpenWithoutAToken() {
        http.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> assertThat(location).contains("swagger-ui"));
        http.get().uri("/webjars/swagger-ui/index.html")
                .exchange()
                .expectStatus().isOk();
    }
}
