package id.go.spbe.gateway.spa;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpaRequestsTest {

    static final List<MediaType> NAVIGATION = MediaType.parseMediaTypes(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

    @Test
    void aBrowserNavigationToAnExtensionlessPathIsADeepLink() {
        assertThat(SpaRequests.isNavigation(path("/aplikasi/123/dokumen"), NAVIGATION)).isTrue();
        assertThat(SpaRequests.isNavigation(path("/katalog"), MediaType.parseMediaTypes("text/html"))).isTrue();
    }

    @Test
    void aFetchThatDoesNotNameHtmlIsNoNavigation() {
        assertThat(SpaRequests.isNavigation(path("/katalog"), MediaType.parseMediaTypes("*/*"))).isFalse();
        assertThat(SpaRequests.isNavigation(path("/katalog"), MediaType.parseMediaTypes("text/*"))).isFalse();
        assertThat(SpaRequests.isNavigation(path("/katalog"), List.of())).isFalse();
        assertThat(SpaRequests.isNavigation(path("/katalog"), List.of(MediaType.APPLICATION_JSON))).isFalse();
    }

    @Test
    void filesAssetsAndTheGatewaysOwnNamespacesAreNeverDeepLinks() {
        for (String path : new String[] {"/robots.txt", "/assets/nope", "/assets/nope.js", "/api/v1/opds",
                "/api", "/actuator/health", "/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html",
                "/webjars/swagger-ui/index.css", "/eureka/apps", "/fallback/monev-service"}) {
            assertThat(SpaRequests.isNavigation(path(path), NAVIGATION)).as(path).isFalse();
        }
    }

    @Test
    void onlyReadsOutsideTheGatewaysNamespacesAreSpaRequests() {
        assertThat(SpaRequests.isSpaRequest(MockServerHttpRequest.get("/katalog").build())).isTrue();
        assertThat(SpaRequests.isSpaRequest(MockServerHttpRequest.head("/assets/app.js").build())).isTrue();
        assertThat(SpaRequests.isSpaRequest(MockServerHttpRequest.post("/katalog").build())).isFalse();
        assertThat(SpaRequests.isSpaRequest(MockServerHttpRequest.get("/api/v1/opds").build())).isFalse();
        assertThat(SpaRequests.isSpaRequest(MockServerHttpRequest.get("/actuator/prometheus").build())).isFalse();
    }

    private static PathContainer path(String path) {
        return PathContainer.parsePath(path);
    }
}
