package id.go.spbe.gateway.resilience;

import id.go.spbe.gateway.support.GatewayIntegrationTest;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ResilienceConfigurationTest extends GatewayIntegrationTest {

    @Autowired
    TimeLimiterRegistry timeLimiters;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    ObjectProvider<ReactiveResilience4jBulkheadProvider> bulkheads;

    @Test
    void everyRouteHasATenSecondTimeLimitUnlessItsServiceOverridesIt() {
        assertThat(timeLimiters.getDefaultConfig().getTimeoutDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(timeLimiters.getConfiguration("monev-service")).get()
                .extracting(config -> config.getTimeoutDuration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(timeLimiters.getConfiguration("datacenter-service-reports")).get()
                .extracting(config -> config.getTimeoutDuration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theBreakerOpensOnHalfOfTheLastTwentyCallsFailing() {
        assertThat(circuitBreakers.getDefaultConfig().getSlidingWindowSize()).isEqualTo(20);
        assertThat(circuitBreakers.getDefaultConfig().getFailureRateThreshold()).isEqualTo(50f);
    }

    @Test
    void noBulkheadCanRejectCallsAndOpenTheBreakerUnderLoad() {
        assertThat(bulkheads.getIfAvailable()).isNull();
    }
}
