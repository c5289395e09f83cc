package id.go.spbe.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Set;

/**
 * Security settings shared by the services.
 *
 * @param publicPaths      paths answered without a token (everything else needs a valid Keycloak JWT); of the actuator
 *                         only the health probes are public
 * @param regionWideRoles  roles that see every OPD's records; all other callers see only their own OPD
 * @param opdClaim         the token claim holding the caller's OPD code
 * @param actuatorRoles    roles that may read the other actuator endpoints (metrics for Prometheus, info): the
 *                         platform's operators, as at the gateway, and service accounts such as a scraper's
 */
@ConfigurationProperties("spbe.security")
public record SpbeSecurityProperties(
        @DefaultValue({"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/api/v1/public/**", "/error"})
        List<String> publicPaths,
        @DefaultValue({Roles.DINAS_ADMIN, Roles.COORDINATOR, Roles.AUDITOR, Roles.EVALUATOR, Roles.TIER2_AGENT,
                Roles.FEDERATION})
        Set<String> regionWideRoles,
        @DefaultValue("opd") String opdClaim,
        @DefaultValue({Roles.DINAS_ADMIN, Roles.SERVICE}) Set<String> actuatorRoles) {
}
