package id.go.spbe.platform.client;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Defaults of every Feign client of a service ({@code spbe.client.*}). Timeouts are Feign's connect and read
 * timeouts ({@code spring.cloud.openfeign.client.config.default.*}, set in {@code spbe/spbe-client-defaults.yml}).
 *
 * @param registrationId       Spring Security OAuth2 client registration used for client credentials when no user
 *                             token is at hand (jobs, consumers); see {@code spring.security.oauth2.client.*}
 * @param retryAttempts        total attempts of a GET answered 502/503/504 or failing on I/O; other methods once
 * @param retryBackoff         pause between those attempts
 * @param failureRateThreshold percentage of failed calls (5xx, no answer) that opens a service's circuit
 * @param minimumCalls         calls in the window before the rate is judged
 * @param openDuration         how long an open circuit refuses calls before letting probes through
 */
@ConfigurationProperties("spbe.client")
public record ServiceClientProperties(@DefaultValue("spbe-service") String registrationId,
        @DefaultValue("3") int retryAttempts, @DefaultValue("100ms") Duration retryBackoff,
        @DefaultValue("50") float failureRateThreshold, @DefaultValue("10") int minimumCalls,
        @DefaultValue("10s") Duration openDuration) {
}
