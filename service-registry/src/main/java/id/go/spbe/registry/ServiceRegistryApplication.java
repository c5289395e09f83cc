package id.go.spbe.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.netflix.eureka.server.EnableEurekaServer;

/**
 * The Eureka registry where the services and the gateway find each other.
 *
 * <p>Nothing depends on it being up first: every service starts without it, and the gateway routes to static
 * instances while it is down (see the gateway's {@code spring.cloud.discovery.client.simple.instances}).
 */
@SpringBootApplication
@EnableEurekaServer
public class ServiceRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(ServiceRegistryApplication.class, args);
    }
}
