package id.go.spbe.gateway.spa;

import id.go.spbe.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPA fixture in src/test/resources/static stands in for the web module's jar: index.html, two hashed assets
 * and a favicon.
 */
class SpaServingTest extends GatewayIntegrationTest {

    /** What Chromium and Firefox send when the user follows a link or types an address. */
    static final String BROWSER_NAVIGATION = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String ASSET = "/assets/app-1a2b3c.js";

    @Autowired
    BuildProperties build;

    @Test
    void theRootAnswersTheIndexWithoutATokenAndIsRevalidatedOnEveryLoad() {
        http.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().cacheControl(CacheControl.noCache())
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectHeader().exists(HttpHeaders.LAST_MODIFIED)
                .expectBody(String.class).value(body -> assertThat(body).contains("SPBE (test fixture)"));
    }

    @Test
    void anUnchangedIndexIsConfirmedWith304() {
        String etag = http.get().uri("/").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();

        http.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();
        http.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, "\"an-older-build\"").exchange()
                .expectStatus().isOk();
    }

    @Test
    void aBrowserNavigatingToADeepLinkGetsTheIndex() {
        for (String deepLink : new String[] {"/aplikasi/123/dokumen", "/katalog", "/opd/DINKES/"}) {
            http.get().uri(deepLink).header(HttpHeaders.ACCEPT, BROWSER_NAVIGATION).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().cacheControl(CacheControl.noCache())
                    .expectBody(String.class).value(body -> assertThat(body).contains("SPBE (test fixture)"));
        }
    }

    @Test
    void anUnknownPathThatIsNoNavigationIsA404Problem() {
        http.get().uri("/katalog").header(HttpHeaders.ACCEPT, "application/json").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://spbe.github.io/problems/not-found");
    }

    @Test
    void aHashedAssetIsCachedForAYearWithoutAToken() {
        WebTestClient.ResponseSpec response = http.get().uri(ASSET).exchange();

        response.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/javascript")
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(directives(value))
                        .isEqualTo(Set.of("public", "max-age=31536000", "immutable")))
                .expectBody(String.class).value(body -> assertThat(body).contains("renderRow79"));
    }

    @Test
    void anUnhashedFileIsServedAndRevalidated() {
        http.get().uri("/favicon.svg").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("image/svg+xml")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().exists(HttpHeaders.LAST_MODIFIED);
    }

    @Test
    void headWorksForTheIndexAndTheAssets() {
        http.head().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody().isEmpty();
        http.head().uri(ASSET).exchange()
                .expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.CONTENT_LENGTH)
                .expectBody().isEmpty();
    }

    @Test
    void aMissingAssetIsA404ProblemNeverTheIndex() {
        for (String accept : new String[] {"*/*", BROWSER_NAVIGATION}) {
            http.get().uri("/assets/nope.js").header(HttpHeaders.ACCEPT, accept).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://spbe.github.io/problems/not-found")
                    .jsonPath("$.instance").isEqualTo("/assets/nope.js");
        }
        http.get().uri("/robots.txt").header(HttpHeaders.ACCEPT, BROWSER_NAVIGATION).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    /**
     * Measured like curl does it: WebTestClient's Reactor Netty client asks for gzip itself and unzips silently,
     * so the JDK client, which does neither, shows what goes over the wire.
     */
    @Test
    void textAssetsAreGzippedForClientsThatAcceptIt() throws Exception {
        byte[] original = new ClassPathResource("static" + ASSET).getContentAsByteArray();
        HttpClient curl = HttpClient.newHttpClient();
        URI asset = URI.create("http://127.0.0.1:" + port + ASSET);

        HttpResponse<byte[]> gzipped = curl.send(HttpRequest.newBuilder(asset).header(HttpHeaders.ACCEPT_ENCODING,
                "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).contains("gzip");
        assertThat(gzipped.headers().allValues(HttpHeaders.VARY)).anySatisfy(vary ->
                assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(gzipped.body().length).isLessThan(original.length / 3);
        try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(unzip.readAllBytes()).isEqualTo(original);
        }

        HttpResponse<byte[]> plain = curl.send(HttpRequest.newBuilder(asset).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        assertThat(plain.body()).isEqualTo(original);
    }

    @Test
    void theSpaIsServedWithAStrictContentSecurityPolicyAllowingOnlyKeycloak() {
        String keycloak = origin(ISSUER.issuerUri());
        String expected = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' " + keycloak + "; "
                + "frame-src " + keycloak + "; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self' " + keycloak + "; object-src 'none'";
        for (String path : new String[] {"/", "/katalog", ASSET, "/app-config.json"}) {
            http.get().uri(path).header(HttpHeaders.ACCEPT, BROWSER_NAVIGATION).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("Content-Security-Policy", expected)
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                    .expectHeader().value("Permissions-Policy", policy -> assertThat(policy)
                            .contains("camera=()", "microphone=()", "geolocation=()"));
        }
    }

    @Test
    void theRuntimeConfigurationNamesKeycloakAsTheBrowserReachesItWithoutAToken() {
        http.get().uri("/app-config.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().cacheControl(CacheControl.noCache())
                .expectBody()
                .jsonPath("$.oidc.authority").isEqualTo(ISSUER.issuerUri())
                .jsonPath("$.oidc.clientId").isEqualTo("spbe-web")
                .jsonPath("$.version").isEqualTo(build.getVersion());
    }

    @Test
    void theApiAndTheOperatorsEndpointsKeepTheirRulesAndNeverAnswerTheIndex() {
        http.get().uri("/api/v1/katalog").header(HttpHeaders.ACCEPT, BROWSER_NAVIGATION).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectHeader().doesNotExist("Content-Security-Policy");
        http.get().uri("/api/v1/katalog").header(HttpHeaders.ACCEPT, BROWSER_NAVIGATION)
                .header(HttpHeaders.AUTHORIZATION, bearer("operator.browsing", "OPD_OPERATOR")).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
        http.get().uri("/actuator/prometheus").header(HttpHeaders.ACCEPT, BROWSER_NAVIGATION).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/eureka/apps").header(HttpHeaders.ACCEPT, BROWSER_NAVIGATION).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void onlyReadingTheSpaIsPublicOtherMethodsStillNeedAToken() {
        http.post().uri("/katalog").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        http.delete().uri(ASSET).exchange()
                .expectStatus().isUnauthorized();
    }

    private static Set<String> directives(String cacheControl) {
        return Arrays.stream(cacheControl.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
