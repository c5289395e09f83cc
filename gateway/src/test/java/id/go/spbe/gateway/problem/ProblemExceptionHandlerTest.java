package id.go.spbe.gateway.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemExceptionHandlerTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(new ProblemWriter(json));

    @Test
    void anUnreachableIdentityProviderIsA503NotA401() {
        MockServerWebExchange exchange = handle("/api/v1/tickets",
                new AuthenticationServiceException("Connection refused: 127.0.0.1:8180"));

        JsonNode body = body(exchange);
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body.get("type").asString()).isEqualTo("https://spbe.github.io/problems/identity-provider-unavailable");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/tickets");
    }

    @Test
    void aStatusRaisedByTheFrameworkKeepsItsStatus() {
        MockServerWebExchange exchange = handle("/api/v1/unknown", new ResponseStatusException(HttpStatus.NOT_FOUND));

        JsonNode body = body(exchange);
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("type").asString()).isEqualTo("https://spbe.github.io/problems/not-found");
        assertThat(body.get("title").asString()).isEqualTo("Not Found");

        MockServerWebExchange tooLarge = handle("/api/v1/applications/1/documents",
                new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
        assertThat(body(tooLarge).get("type").asString()).isEqualTo("https://spbe.github.io/problems/content-too-large");
    }

    @Test
    void anUnexpectedErrorIsA500ThatDoesNotLeakItsMessage() {
        MockServerWebExchange exchange = handle("/api/v1/audits", new IllegalStateException("secret=hunter2"));

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getBodyAsString().block()).doesNotContain("hunter2")
                .contains("X-Request-Id");
    }

    private MockServerWebExchange handle(String path, Throwable error) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        handler.handle(exchange, error).block();
        return exchange;
    }

    private JsonNode body(MockServerWebExchange exchange) {
        return json.readTree(exchange.getResponse().getBodyAsString().block());
    }
}
