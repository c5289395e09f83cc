package id.go.spbe.gateway.web;

import id.go.spbe.gateway.support.Backends;
import id.go.spbe.gateway.support.GatewayIntegrationTest;
import id.go.spbe.gateway.support.RawHttp;
import id.go.spbe.gateway.support.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the gateway refuses before routing them, sent as raw bytes through the real server. Issue 7, defects 3
 * and 15: the path firewall's 400s and the 414 for a long request line had empty bodies, TRACE was an empty 400.
 */
class RequestRejectionTest extends GatewayIntegrationTest {

    private static final String PROBLEMS = "https://spbe.github.io/problems/";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/opds/a%00b", "/api/v1/opds/a%2Fb", "/api/v1/opds/a%5Cb", "/api/v1/opds/a;b"})
    void aPathTheFirewallRefusesIsA400ProblemAndNeverReachesTheService(String path) {
        Response response = RawHttp.send(port, "GET " + path + " HTTP/1.1");

        assertProblem(response, 400, "rejected-request");
        assertThat(response.body()).contains("\"instance\":\"" + path + "\"");
        assertThat(Backends.APP_REGISTRY.received("/api/v1/opds/a")).isEmpty();
    }

    @Test
    void traceIsA405ProblemThatListsTheAllowedMethods() {
        Response response = RawHttp.send(port, "TRACE /api/v1/opds HTTP/1.1");

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    }

    @Test
    void aRequestLineOverFourKilobytesIsA414Problem() {
        Response response = RawHttp.send(port, "GET /api/v1/public/applications?q=" + "x".repeat(5000) + " HTTP/1.1");

        assertProblem(response, 414, "uri-too-long");
    }

    @Test
    void aRequestLineFarBeyondTheLimitIsStillA414Problem() {
        Response response = RawHttp.send(port, "GET /api/v1/public/applications?q=" + "x".repeat(200_000)
                + " HTTP/1.1");

        assertProblem(response, 414, "uri-too-long");
    }

    @Test
    void headersOverTheLimitAreA431Problem() {
        Response response = RawHttp.send(port, "GET /api/v1/public/applications HTTP/1.1",
                "X-Padding: " + "y".repeat(9000));

        assertProblem(response, 431, "request-header-fields-too-large");
    }

    @Test
    void aRequestLineThatIsNotHttpIsA400Problem() {
        Response response = RawHttp.send(port, "GET /api/v1/public/applications HTTP/1.1 trailing-garbage");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/public/applications/odd-utf8?q=%c0%af",
            "/api/v1/public/applications/odd-brackets?q=[x]",
            "/api/v1/public/applications/odd-nested?filter[name]=a]b[",
            "/api/v1/public/applications/odd-latin1?q=%ff%fe"})
    void oddButHarmlessQueriesAreForwardedAsSentAndNeverA5xxOrHtml(String target) {
        Response response = RawHttp.send(port, "GET " + target + " HTTP/1.1");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        int question = target.indexOf('?');
        assertThat(Backends.APP_REGISTRY.onlyRequest(target.substring(0, question)).query())
                .isEqualTo(target.substring(question + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/public/applications/broken-escape?q=%zz", "/api/v1/public/applications/a\"quote",
            "/api/v1/public/applications/brace?q={x}", "/api/v1/public/applications/pipe?q=a|b"})
    void aRequestTargetThatIsNotAUriIsA400ProblemAndTheConnectionIsClosedCleanly(String target) {
        Response response = RawHttp.send(port, "GET " + target + " HTTP/1.1");

        assertProblem(response, 400, "malformed-request");
        assertThat(response.header("Connection")).isEqualTo("close");
    }

    @Test
    void aBrokenEscapeInAnUploadIsRefusedWithoutReadingTheBody() {
        Response response = RawHttp.send(port, "POST /api/v1/opds?x=%zz HTTP/1.1", "Content-Type: application/json",
                "Content-Length: 5000");

        assertProblem(response, 400, "malformed-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/public/applications/odd-nul?q=%00", "/api/v1/public/applications/odd-crlf?q=%0d%0a"})
    void controlCharactersOrBrokenEscapesInTheQueryAreNeverA5xxOrHtml(String target) {
        Response response = RawHttp.send(port, "GET " + target + " HTTP/1.1");

        assertThat(response.status()).as(response.body()).isLessThan(500);
        assertThat(response.header("Content-Type")).matches("application/(problem\\+)?json.*");
    }

    @Test
    void aControlCharacterInAHeaderValueIsNeverA5xxOrHtml() {
        Response response = RawHttp.send(port, "GET /api/v1/public/applications/odd-header HTTP/1.1",
                "X-Note: bell\u0007here");

        assertThat(response.status()).as(response.body()).isLessThan(500);
        assertThat(response.header("Content-Type")).matches("application/(problem\\+)?json.*");
    }

    private static void assertProblem(Response response, int status, String kind) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body())
                .contains("\"type\":\"" + PROBLEMS + kind + "\"")
                .contains("\"status\":" + status);
    }
}
