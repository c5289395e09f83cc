package id.go.spbe.gateway.routing;

import com.netflix.appinfo.InstanceInfo;
import com.netflix.discovery.EurekaClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.client.discovery.composite.reactive.ReactiveCompositeDiscoveryClient;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryClient;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.cloud.netflix.eureka.EurekaClientConfigBean;
import org.springframework.cloud.netflix.eureka.EurekaServiceInstance;
import org.springframework.cloud.netflix.eureka.reactive.EurekaReactiveDiscoveryClient;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The discovery order the gateway's application.yml sets up, with Spring Cloud's real composite client, the real
 * static client and the real Eureka client adapter (only the Netflix client behind it is a stand-in).
 */
class RegistryFirstDiscoveryTest {

    private final EurekaClient eureka = mock(EurekaClient.class);
    private ReactiveCompositeDiscoveryClient composite;
    private EurekaClientConfigBean eurekaConfig;
    private SimpleReactiveDiscoveryProperties staticConfig;

    @BeforeEach
    void discoveryAsConfigured() throws Exception {
        Binder binder = Binder.get(gatewayEnvironment());
        eurekaConfig = binder.bind("eureka.client", EurekaClientConfigBean.class).get();
        staticConfig = binder.bind("spring.cloud.discovery.client.simple", SimpleReactiveDiscoveryProperties.class)
                .get();
        staticConfig.afterPropertiesSet();
        when(eureka.getInstancesByVipAddress(anyString(), eq(false))).thenReturn(List.of());
        // listed static-first on purpose: the composite must sort them
        composite = new ReactiveCompositeDiscoveryClient(new ArrayList<ReactiveDiscoveryClient>(List.of(
                new SimpleReactiveDiscoveryClient(staticConfig),
                new EurekaReactiveDiscoveryClient(eureka, eurekaConfig))));
    }

    @Test
    void eurekaIsAskedBeforeTheStaticInstances() {
        assertThat(eurekaConfig.getOrder()).isLessThan(staticConfig.getOrder());
    }

    @Test
    void aServiceRegisteredInEurekaIsReachedThroughTheRegistry() {
        InstanceInfo registered = InstanceInfo.Builder.newBuilder().setAppName("AUDIT-SERVICE")
                .setInstanceId("10.0.0.5:audit-service:8085").setHostName("10.0.0.5").setIPAddr("10.0.0.5")
                .setPort(8085).setVIPAddress("audit-service").build();
        when(eureka.getInstancesByVipAddress("audit-service", false)).thenReturn(List.of(registered));

        List<ServiceInstance> instances = composite.getInstances("audit-service").collectList().block();

        assertThat(instances).singleElement()
                .isInstanceOf(EurekaServiceInstance.class)
                .extracting(ServiceInstance::getUri).hasToString("http://10.0.0.5:8085");
    }

    @Test
    void aServiceTheRegistryDoesNotKnowIsReachedThroughItsStaticInstance() {
        List<ServiceInstance> instances = composite.getInstances("audit-service").collectList().block();

        assertThat(instances).singleElement()
                .extracting(ServiceInstance::getUri).hasToString("http://127.0.0.1:8085");
    }

    @Test
    void everyRoutedServiceHasAStaticInstanceOnItsConventionalPort() {
        assertThat(List.of("app-registry-service:8081", "datacenter-service:8082", "network-service:8083",
                "servicedesk-service:8084", "audit-service:8085", "monev-service:8086"))
                .allSatisfy(entry -> {
                    String[] idAndPort = entry.split(":");
                    assertThat(composite.getInstances(idAndPort[0]).collectList().block()).singleElement()
                            .extracting(ServiceInstance::getUri)
                            .hasToString("http://127.0.0.1:" + idAndPort[1]);
                });
    }

    private static StandardEnvironment gatewayEnvironment() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        // only the committed configuration: no environment variables that might be set on this machine
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        for (PropertySource<?> source : new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        return environment;
    }
}
