package id.go.spbe.gateway.routing;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.cloud.gateway.filter.headers.observation.GatewayObservationConvention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the gateway's observation of each proxied call {@value #NAME} (metric {@code spbe_gateway_downstream_*},
 * tagged with the route id and the HTTP status).
 *
 * <p>Its default name, {@code http.client.requests}, is also used by the instrumented HTTP clients inside the
 * gateway (Eureka's client, the JWKS fetch) with different tag keys; Prometheus refuses a second set of keys for
 * one name, so whichever registered second silently had no metrics.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamObservationConfiguration {

    static final String NAME = "spbe.gateway.downstream";

    @Bean
    GatewayObservationConvention downstreamObservationConvention() {
        return new DefaultGatewayObservationConvention() {
            @Override
            public String getName() {
                return NAME;
            }
        };
    }
}
