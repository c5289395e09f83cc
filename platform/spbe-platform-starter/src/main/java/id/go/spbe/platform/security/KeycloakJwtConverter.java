package id.go.spbe.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keycloak puts realm roles in {@code realm_access.roles}; Spring expects authorities. Each role becomes
 * {@code ROLE_<role>}, so {@code hasRole('DINAS_ADMIN')} works. The principal name is {@code preferred_username}
 * (or {@code azp} for service accounts), which is what history entries record as the actor.
 */
public class KeycloakJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), principalName(jwt));
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(String::valueOf)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    static String principalName(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        if (username != null && !username.startsWith("service-account-")) {
            return username;
        }
        String client = jwt.getClaimAsString("azp");
        return client != null ? client : jwt.getSubject();
    }
}
