package id.go.spbe.platform.test.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for Keycloak in tests: an OIDC issuer on 127.0.0.1 that serves its discovery document and JWKS and
 * mints RS256 tokens shaped like Keycloak's (realm roles in {@code realm_access.roles}, the {@code opd} claim,
 * audience {@code spbe-api}). Services validate these tokens exactly as they validate Keycloak's: signature,
 * issuer, expiry and audience are all checked for real.
 *
 * <p>One issuer per test JVM ({@link #shared()}); a second, independent issuer ({@link #untrusted()}) signs tokens
 * with a key the services do not trust, to prove forged tokens are refused.
 */
public final class TestJwtIssuer {

    public static final String AUDIENCE = "spbe-api";

    private static TestJwtIssuer shared;
    private static TestJwtIssuer untrusted;

    private final RSAKey key;
    private final HttpServer server;
    private final String issuerUri;

    private TestJwtIssuer() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the test RSA key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.issuerUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/spbe";
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        String discovery = """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",\
                "authorization_endpoint":"%1$s/protocol/openid-connect/auth",\
                "token_endpoint":"%1$s/protocol/openid-connect/token",\
                "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuerUri);
        server.createContext("/realms/spbe/.well-known/openid-configuration", ex -> reply(ex, discovery));
        server.createContext("/realms/spbe/protocol/openid-connect/certs", ex -> reply(ex, jwks));
        server.setExecutor(null);
        server.start();
    }

    /** The issuer the services under test trust; started on first use, stopped with the JVM. */
    public static synchronized TestJwtIssuer shared() {
        if (shared == null) {
            shared = new TestJwtIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
        }
        return shared;
    }

    /** An issuer nobody trusts; its tokens must be rejected with 401. */
    public static synchronized TestJwtIssuer untrusted() {
        if (untrusted == null) {
            untrusted = new TestJwtIssuer();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> untrusted.server.stop(0)));
        }
        return untrusted;
    }

    public String issuerUri() {
        return issuerUri;
    }

    /** Starts a token for a user; defaults: audience spbe-api, valid five minutes, no roles, no OPD. */
    public TokenBuilder user(String username) {
        return new TokenBuilder(username);
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** Fluent builder of one signed token. */
    public final class TokenBuilder {
        private final String username;
        private final List<String> roles = new ArrayList<>();
        private final List<String> audiences = new ArrayList<>(List.of(AUDIENCE));
        private String opd;
        private String email;
        private String name;
        private String issuer = issuerUri;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private String clientId = "spbe-web";

        private TokenBuilder(String username) {
            this.username = username;
        }

        public TokenBuilder roles(String... realmRoles) {
            roles.addAll(List.of(realmRoles));
            return this;
        }

        public TokenBuilder opd(String opdCode) {
            this.opd = opdCode;
            return this;
        }

        /** Keycloak's {@code name} claim (first and last name joined), for documents that name a person. */
        public TokenBuilder name(String fullName) {
            this.name = fullName;
            return this;
        }

        /** Keycloak's {@code email} claim (the user's address, e.g. for notifications). */
        public TokenBuilder email(String address) {
            this.email = address;
            return this;
        }

        /** Replaces the audiences; {@code audience()} with no argument leaves the token without one. */
        public TokenBuilder audience(String... aud) {
            audiences.clear();
            audiences.addAll(List.of(aud));
            return this;
        }

        public TokenBuilder issuer(String iss) {
            this.issuer = iss;
            return this;
        }

        public TokenBuilder expiresAt(Instant instant) {
            this.expiresAt = instant;
            return this;
        }

        public TokenBuilder clientId(String azp) {
            this.clientId = azp;
            return this;
        }

        /** The compact serialised JWT. */
        public String sign() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                    .audience(audiences)
                    .issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("typ", "Bearer")
                    .claim("azp", clientId)
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", List.copyOf(roles)));
            if (opd != null) {
                claims.claim("opd", opd);
            }
            if (email != null) {
                claims.claim("email", email);
            }
            if (name != null) {
                claims.claim("name", name);
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign the test token", e);
            }
            return jwt.serialize();
        }

        /** The value of an Authorization header carrying this token. */
        public String bearer() {
            return "Bearer " + sign();
        }
    }
}
