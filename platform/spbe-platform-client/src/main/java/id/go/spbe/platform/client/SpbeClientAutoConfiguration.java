package id.go.spbe.platform.client;

import feign.Retryer;
import feign.codec.ErrorDecoder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.CircuitBreakerNameResolver;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

/**
 * The service-client seam: every {@code @FeignClient} of a service gets the token interceptor, the problem+json
 * error decoder, GET-only bounded retries, one circuit breaker per called service (4xx answers do not count as
 * failures) and exceptions callers can catch. Services add {@code @EnableFeignClients} and declare interfaces named
 * after the service id ({@code @FeignClient("app-registry-service")}): calls go through the registry
 * ({@code lb://}), or to {@code spring.cloud.openfeign.client.config.<service>.url} where set.
 */
@AutoConfiguration(before = FeignAutoConfiguration.class)
@EnableConfigurationProperties(ServiceClientProperties.class)
public class SpbeClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ErrorDecoder spbeProblemErrorDecoder(JsonMapper json) {
        return new ProblemErrorDecoder(json);
    }

    @Bean
    @ConditionalOnMissingBean
    public Retryer spbeGetOnlyRetryer(ServiceClientProperties properties) {
        return new GetOnlyRetryer(properties.retryAttempts(), properties.retryBackoff());
    }

    @Bean
    public ServiceTokenInterceptor spbeServiceTokenInterceptor(
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<OAuth2AuthorizedClientService> authorizedClients, ServiceClientProperties properties) {
        return new ServiceTokenInterceptor(registrations, authorizedClients, properties.registrationId());
    }

    /** One circuit per called service: when it is down, it is down for every operation. */
    @Bean
    @ConditionalOnMissingBean
    public CircuitBreakerNameResolver spbeCircuitBreakerNameResolver() {
        return (clientName, target, method) -> clientName;
    }

    @Bean
    public Customizer<Resilience4JCircuitBreakerFactory> spbeCircuitBreakerDefaults(
            ServiceClientProperties properties) {
        CircuitBreakerConfig circuit = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(properties.minimumCalls(), 10))
                .minimumNumberOfCalls(properties.minimumCalls())
                .failureRateThreshold(properties.failureRateThreshold())
                .waitDurationInOpenState(properties.openDuration())
                // A 4xx is an answer (not found, forbidden, invalid), not a sign the service is failing.
                .ignoreException(e -> e instanceof RemoteProblemException problem && problem.status() < 500)
                .build();
        // The thread pool and time limiter are off (spbe-client-defaults.yml): calls run on the request thread so
        // the caller's token is at hand; Feign's connect and read timeouts bound them.
        TimeLimiterConfig noLimit = TimeLimiterConfig.custom().timeoutDuration(Duration.ofMinutes(5)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(circuit).timeLimiterConfig(noLimit).build());
    }

    @Bean
    public static FeignClientExceptionTranslator spbeFeignClientExceptionTranslator() {
        return new FeignClientExceptionTranslator();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    public ServiceClientProblemAdvice serviceClientProblemAdvice(ServiceClientProperties properties) {
        return new ServiceClientProblemAdvice(properties.openDuration());
    }
}
