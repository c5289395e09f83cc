package id.go.spbe.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The single door of the platform for people (the SPA) and machines (OPD systems, provincial and national
 * platforms): it validates every token, limits request rates, routes {@code /api/v1/**} to the services by service
 * id, guards each service with a circuit breaker, and publishes the aggregated API catalogue.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
