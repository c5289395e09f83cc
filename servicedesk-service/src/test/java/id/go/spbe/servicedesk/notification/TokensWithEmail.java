package id.go.spbe.servicedesk.notification;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens of the shared test issuer that also carry Keycloak's {@code email} claim, which its builder cannot add yet
 * (the platform's {@code TestJwtIssuer.TokenBuilder} should get an {@code email(String)}; until then this signs the
 * same claims with the issuer's key, read reflectively).
 */
final class TokensWithEmail {

    private TokensWithEmail() {
    }

    static String bearer(String username, String opd, String role, String email) {
        TestJwtIssuer issuer = TestJwtIssuer.shared();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuerUri())
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .audience(TestJwtIssuer.AUDIENCE)
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", "spbe-web")
                .claim("preferred_username", username)
                .claim("email", email)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .claim("opd", opd)
                .build();
        try {
            Field field = TestJwtIssuer.class.getDeclaredField("key");
            field.setAccessible(true);
            RSAKey key = (RSAKey) field.get(issuer);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return "Bearer " + jwt.serialize();
        } catch (ReflectiveOperationException | JOSEException e) {
            throw new IllegalStateException("cannot sign a test token with an e-mail claim", e);
        }
    }
}
