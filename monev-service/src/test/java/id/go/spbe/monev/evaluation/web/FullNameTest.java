package id.go.spbe.monev.evaluation.web;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * G2/M2: the approver is named in the report by the access token's {@code name} claim (Keycloak's full name); a token
 * without one, or with a blank one, gives null so the username stands in. (The platform's TestJwtIssuer mints no
 * {@code name} claim, so the integration test covers only the fallback.)
 */
class FullNameTest {

    static Jwt token(String name) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").claim("preferred_username", "sekda");
        if (name != null) {
            builder.claim("name", name);
        }
        return builder.build();
    }

    @Test
    void theNameClaimIsTheFullName_blankOrMissingIsNone_G2() {
        assertThat(FullName.of(token("  Ir. Audy Pangemanan "))).isEqualTo("Ir. Audy Pangemanan");
        assertThat(FullName.of(token(" "))).isNull();
        assertThat(FullName.of(token(null))).isNull();
        assertThat(FullName.of("not a token")).isNull();
    }
}
