package id.go.spbe.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Set;

/**
 * Security settings shared by the services.
 *
 * @param publicPaths      paths answered without a token (everything else needs a valid Keycloak JWT)
 * @param regionWideRoles  roles that see every OPD's records; all other callers see only their own OPD
 * @param opdClaim         the token claim holding the caller's OPD code
 */
@ConfigurationProperties("spbe.security")
public record SpbeSecurityProperties(
        @DefaultValue({"/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
                "/swagger-ui.html", "/swagger-ui/**", "/api/v1/public/**", "/error"}) List<String> publicPaths,
        @DefaultValue({"DINAS_ADMIN", "COORDINATOR", "AUDITOR", "EVALUATOR", "TIER2_AGENT", "FEDERATION"})
        Set<String> regionWideRoles,
        @DefaultValue("opd") String opdClaim) {
}
