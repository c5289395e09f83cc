package id.go.spbe.platform.autoconfigure;

import id.go.spbe.platform.security.CallerResolver;
import id.go.spbe.platform.security.KeycloakJwtConverter;
import id.go.spbe.platform.security.ProblemSecurityHandlers;
import id.go.spbe.platform.security.SpbeSecurityProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Every service is an OAuth2 resource server for Keycloak's realm {@code spbe}: the token's signature, issuer,
 * expiry and audience ({@code spbe-api}, from {@code spring.security.oauth2.resourceserver.jwt.audiences}) are
 * checked again behind the gateway (defence in depth). Only the listed public paths answer without a token; of the
 * actuator only the health probes are public, everything else needs one of {@code spbe.security.actuator-roles}.
 */
// The CallerResolver comes from SpbeEventsAutoConfiguration: history entries need the actor outside the web layer too.
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SpbeSecurityProperties.class)
@EnableWebSecurity
// jsr250: endpoints declare @RolesAllowed(Roles.X); the RoleCheckInterceptor decides it before the body is read and
// method security checks it again.
@EnableMethodSecurity(jsr250Enabled = true)
public class SpbeSecurityAutoConfiguration {

    @Bean
    public ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    public SecurityFilterChain spbeSecurityFilterChain(HttpSecurity http, SpbeSecurityProperties properties,
            ProblemSecurityHandlers problems) throws Exception {
        http.csrf(csrf -> csrf.disable()) // stateless bearer-token API: no cookies, no CSRF surface
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll()
                        // Metrics and the other actuator endpoints are for operators only (issue 7, defect 7).
                        .requestMatchers("/actuator/**")
                        .hasAnyRole(properties.actuatorRoles().toArray(String[]::new))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new KeycloakJwtConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    public WebMvcConfigurer callerArgumentResolver(CallerResolver callers) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(callers);
            }
        };
    }
}
