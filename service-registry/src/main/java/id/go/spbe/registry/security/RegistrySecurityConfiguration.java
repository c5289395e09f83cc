package id.go.spbe.registry.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.net.InetAddress;

/**
 * Only registry clients may use the registry (issue 7, defect 1: anyone who could reach Eureka could register a
 * listener of theirs as a service, or take real instances out of rotation). Every request except the health
 * probes needs HTTP Basic with {@link RegistryCredentials}: registration, status changes and deletes under
 * {@code /eureka/**}, the reads (which reveal the topology) and the dashboard.
 *
 * <p>Stateless and without CSRF: the callers are Eureka clients, not browsers with a session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryCredentials.class)
class RegistrySecurityConfiguration {

    static final String CLIENT_ROLE = "REGISTRY_CLIENT";

    @Bean
    SecurityFilterChain registrySecurity(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(CLIENT_ROLE))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    @Bean
    UserDetailsService registryClients(RegistryCredentials credentials, Environment environment) {
        DevPasswordGuard.check(credentials, environment.getProperty("server.address", InetAddress.class));
        return new InMemoryUserDetailsManager(User.withUsername(credentials.username())
                .password(credentials.password())
                .roles(CLIENT_ROLE)
                .build());
    }

    @Bean
    PasswordEncoder registryPasswordEncoder() {
        return new ConstantTimePasswordEncoder();
    }
}
