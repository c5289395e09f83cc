package id.go.spbe.gateway.routing;

import id.go.spbe.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Flux;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path family of every service, written out here independently of application.yml. */
class RouteTableTest extends GatewayIntegrationTest {

    private static final Map<String, List<String>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("app-registry-service", List.of("opds", "applications", "subdomains", "public/applications",
                "regulation-profile"));
        FAMILIES.put("datacenter-service", List.of("data-centers", "racks", "vps-requests", "colocations",
                "backup-policies", "backup-runs", "backup-compliance", "monitors", "placements", "capacity",
                "usage-reviews", "custody-consents", "datasets", "dataset-access", "os-images"));
        FAMILIES.put("network-service", List.of("sites", "wan-links", "lans", "lan-devices", "lan-diagrams",
                "lan-changes", "inspections", "topology", "network-reviews"));
        FAMILIES.put("servicedesk-service", List.of("tickets", "changes", "sla-policies", "tier1-roster",
                "business-calendar", "knowledge-articles", "supervision", "notifications", "tier2-roster"));
        FAMILIES.put("audit-service", List.of("auditors", "audits", "audit-plan", "certificates", "security-assessments"));
        FAMILIES.put("monev-service", List.of("evaluations", "mandiri-tik-assessments"));
    }

    @Autowired
    RouteLocator routes;

    @Test
    void everyPathFamilyWithItsBareCollectionGoesToItsService() {
        FAMILIES.forEach((serviceId, families) -> families.forEach(family -> {
            String base = "/api/v1/" + family;
            assertThat(routeFor(base)).as(base).isEqualTo(serviceId);
            assertThat(routeFor(base + "?year=2026&page=1")).as(base + "?query").isEqualTo(serviceId);
            assertThat(routeFor(base + "/42")).as(base + "/42").isEqualTo(serviceId);
            assertThat(routeFor(base + "/42/escalate")).as(base + "/42/escalate").isEqualTo(serviceId);
        }));
    }

    @Test
    void everyServiceHasItsApiDocumentRouteAndItsBreakerLeadsToItsFallback() {
        List<Route> all = routes.getRoutes().collectList().block();
        FAMILIES.keySet().forEach(serviceId -> {
            assertThat(routeFor("/v3/api-docs/" + serviceId)).isEqualTo(serviceId + "-api-docs");
            assertThat(routeFor("/api/v1/admin/" + serviceId + "/dead-letters")).isEqualTo(serviceId + "-dead-letters");
            assertThat(routeFor("/api/v1/admin/" + serviceId + "/dead-letters/7/replay"))
                    .isEqualTo(serviceId + "-dead-letters");
            String family = "/api/v1/" + FAMILIES.get(serviceId).get(0);
            assertThat(routeFor(family + "/2026/report.pdf")).as("a report").isEqualTo(serviceId + "-reports");
            assertThat(routeFor(family + "/export.csv")).as("an export").isEqualTo(serviceId + "-reports");
            assertThat(all).filteredOn(route -> route.getId().startsWith(serviceId)).hasSize(4)
                    .allSatisfy(route -> {
                        assertThat(route.getUri()).hasToString("lb://" + serviceId);
                        assertThat(route.getMetadata()).containsEntry("service-id", serviceId);
                    });
        });
        assertThat(all).hasSize(FAMILIES.size() * 4);
    }

    @Test
    void pathsThatOnlyLookSimilarAreNotRouted() {
        assertThat(routeFor("/api/v1/opdsx")).isNull();
        assertThat(routeFor("/api/v1/public/other")).isNull();
        assertThat(routeFor("/api/v2/opds")).isNull();
        assertThat(routeFor("/opds")).isNull();
        assertThat(routeFor("/api/v1/admin/dead-letters")).as("the service must be named").isNull();
        assertThat(routeFor("/api/v1/admin/unknown-service/dead-letters")).isNull();
    }

    private String routeFor(String pathAndQuery) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(pathAndQuery));
        return routes.getRoutes()
                .concatMap(route -> Flux.from(route.getPredicate().apply(exchange))
                        .filter(Boolean::booleanValue)
                        .map(matched -> route.getId()))
                .next()
                .block();
    }
}
