package id.go.spbe.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakRealmRoleConverterTest {

    private final KeycloakRealmRoleConverter converter = new KeycloakRealmRoleConverter();

    @Test
    void realmRolesBecomeRoleAuthorities() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("TIER1_AGENT", "INTEGRATION"))));

        assertThat(authorities(jwt)).containsExactly("ROLE_TIER1_AGENT", "ROLE_INTEGRATION");
    }

    @Test
    void aTokenWithoutRealmRolesGrantsNothing() {
        assertThat(authorities(jwt(Map.of("scope", "openid")))).isEmpty();
        assertThat(authorities(jwt(Map.of("realm_access", Map.of())))).isEmpty();
    }

    @Test
    void malformedRoleClaimsAreIgnoredNotFatal() {
        assertThat(authorities(jwt(Map.of("realm_access", "DINAS_ADMIN")))).isEmpty();
        assertThat(authorities(jwt(Map.of("realm_access", Map.of("roles", "DINAS_ADMIN"))))).isEmpty();
        assertThat(authorities(jwt(Map.of("realm_access", Map.of("roles", Arrays.asList("AUDITOR", 7, "", null))))))
                .containsExactly("ROLE_AUDITOR");
    }

    private List<String> authorities(Jwt jwt) {
        return converter.convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
