package id.go.spbe.gateway.security;

import com.sun.net.httpserver.HttpServer;
import id.go.spbe.gateway.security.GatewaySecurityProperties.Jwt;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtDecoderStartupTest {

    private static final TestJwtIssuer KEYS = TestJwtIssuer.shared();

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void theDecoderStartsWithKeycloakDownAndWorksOnceItIsUp() throws IOException {
        int port = freePort();
        String issuer = "http://127.0.0.1:" + port + "/realms/spbe";
        String token = KEYS.user("early.bird").issuer(issuer).roles("OPD_OPERATOR").sign();

        ReactiveJwtDecoder decoder = configuration.jwtDecoder(properties(issuer));

        // Keycloak unreachable: an error of the identity provider (answered 503), not a bad token (401)
        assertThatThrownBy(() -> decoder.decode(token).block())
                .isInstanceOf(JwtException.class)
                .isNotInstanceOf(BadJwtException.class);

        HttpServer keycloak = keycloakOn(port, issuer);
        try {
            assertThat(decoder.decode(token).block().getSubject()).isNotBlank();
        } finally {
            keycloak.stop(0);
        }
    }

    @Test
    void theAudienceCheckAppliesToEveryDecodedToken() {
        ReactiveJwtDecoder decoder = configuration.jwtDecoder(properties(KEYS.issuerUri()));

        assertThat(decoder.decode(KEYS.user("ok").sign()).block().getSubject()).isNotBlank();
        assertThatThrownBy(() -> decoder.decode(KEYS.user("elsewhere").audience("account").sign()).block())
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("aud");
    }

    private static GatewaySecurityProperties properties(String issuer) {
        return new GatewaySecurityProperties(List.of(), new Jwt(issuer, "spbe-api"));
    }

    /** A late "Keycloak" for the given issuer whose keys are the shared test issuer's. */
    private static HttpServer keycloakOn(int port, String issuer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        String discovery = """
                {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",\
                "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer, KEYS.issuerUri());
        server.createContext("/realms/spbe/.well-known/openid-configuration", exchange -> {
            byte[] body = discovery.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
