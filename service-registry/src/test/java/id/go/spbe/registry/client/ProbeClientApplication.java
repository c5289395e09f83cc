package id.go.spbe.registry.client;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * A platform process as far as the registry is concerned: the Eureka client with spbe-platform-discovery's
 * credentials and registration proof, nothing else. Outside the registry's package so that neither its
 * component scan nor the test's configuration search picks it up.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class ProbeClientApplication {
}
