package id.go.spbe.gateway.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The CORS policy for the whole gateway. Spring Security applies it first (see the security configuration), so a
 * preflight is answered before authentication and a foreign origin is refused with 403.
 */
@Configuration(proxyBeanMethods = false)
class CorsPolicyConfiguration {

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration policy = new CorsConfiguration();
        policy.setAllowedOrigins(properties.allowedOrigins());
        policy.setAllowedMethods(properties.allowedMethods());
        policy.setAllowedHeaders(properties.allowedHeaders());
        policy.setExposedHeaders(properties.exposedHeaders());
        policy.setMaxAge(properties.maxAge());
        // Tokens travel in the Authorization header, never in cookies: no credentialed requests.
        policy.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", policy);
        return source;
    }
}
