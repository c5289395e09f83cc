package id.go.spbe.gateway.security;

import id.go.spbe.gateway.problem.ProblemWriter;
import id.go.spbe.gateway.spa.SpaRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

import java.util.Collection;

/**
 * The gateway is an OAuth2 resource server: every request outside {@code spbe.gateway.public-paths} and the
 * browser SPA's GETs ({@link SpaRequests}) needs a valid Keycloak token (signature from the realm's JWKS, issuer,
 * expiry, audience). The token is relayed unchanged; services validate it again and decide per endpoint on role
 * and OPD.
 *
 * <p>Stateless: no session, no saved request, no CSRF (there are no cookies to forge with). CORS is applied
 * first, so preflights never need a token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** Actuator endpoints beyond health and info (metrics, routes) are for the platform's operators only. */
    static final String OPERATOR_ROLE = "DINAS_ADMIN";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, GatewaySecurityProperties properties,
            ReactiveJwtDecoder jwtDecoder, CorsConfigurationSource cors, ProblemWriter problems) {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new KeycloakRealmRoleConverter());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(cors))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(properties.publicPaths().toArray(String[]::new)).permitAll()
                        // the browser SPA: GET/HEAD outside /api, /actuator, the catalogue and the fallbacks
                        .matchers(SpaRequests.matcher()).permitAll()
                        .pathMatchers("/actuator/**").hasRole(OPERATOR_ROLE)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(authentication)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .build();
    }

    /** Picked up by {@code @EnableWebFluxSecurity} for its firewall's refusals. */
    @Bean
    ServerExchangeRejectedHandler firewallRejectionHandler(ProblemWriter problems) {
        return new FirewallRejectionHandler(problems);
    }

    /**
     * Resolves the issuer lazily: discovery and the JWKS are fetched on the first token (and again after a
     * failure), so the gateway starts, and answers public paths, while Keycloak is still down.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties) {
        String issuer = properties.jwt().issuerUri();
        String audience = properties.jwt().audience();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
        OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<Collection<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), audienceValidator));
        return decoder;
    }
}
