package id.go.spbe.gateway.routing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.go.spbe.gateway.routing.FallbackReportingSupplier.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FallbackReportingSupplierTest {

    private static final ServiceInstance STATIC = new DefaultServiceInstance("static-1", "audit-service",
            "127.0.0.1", 8085, false);
    private static final ServiceInstance REGISTERED = new ServiceInstance() {
        public String getServiceId() { return "audit-service"; }
        public String getHost() { return "10.0.0.5"; }
        public int getPort() { return 8085; }
        public boolean isSecure() { return false; }
        public URI getUri() { return URI.create("http://10.0.0.5:8085"); }
        public Map<String, String> getMetadata() { return Map.of(); }
    };

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(FallbackReportingSupplier.class);
    private List<ServiceInstance> discovered = List.of(REGISTERED);
    private FallbackReportingSupplier supplier;

    @BeforeEach
    void supplier() {
        logs.start();
        logger.addAppender(logs);
        ServiceInstanceListSupplier discovery = new ServiceInstanceListSupplier() {
            public String getServiceId() { return "audit-service"; }
            public Flux<List<ServiceInstance>> get() { return Flux.defer(() -> Flux.just(discovered)); }
        };
        supplier = new FallbackReportingSupplier(discovery, Set.of(URI.create("http://127.0.0.1:8085")));
    }

    @AfterEach
    void detach() {
        logger.detachAppender(logs);
    }

    @Test
    void instancesPassThroughUnchanged() {
        assertThat(supplier.get().blockFirst()).containsExactly(REGISTERED);
        discovered = List.of(STATIC);
        assertThat(supplier.get().blockFirst()).containsExactly(STATIC);
    }

    @Test
    void switchingToTheStaticInstanceIsReportedOnceNotPerRequest() {
        discovered = List.of(STATIC);
        for (int i = 0; i < 100; i++) {
            supplier.get().blockFirst();
        }

        assertThat(supplier.lastSource()).isEqualTo(Source.STATIC);
        assertThat(logs.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("audit-service", "http://127.0.0.1:8085")
                    .doesNotContain("Exception");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void goingBackToTheRegistryIsReportedAtInfo() {
        discovered = List.of(STATIC);
        supplier.get().blockFirst();
        discovered = List.of(REGISTERED);
        supplier.get().blockFirst();
        supplier.get().blockFirst();

        assertThat(logs.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.INFO);
        assertThat(supplier.lastSource()).isEqualTo(Source.REGISTRY);
    }

    @Test
    void noInstanceAnywhereIsReportedOnce() {
        discovered = List.of();
        supplier.get().blockFirst();
        supplier.get().blockFirst();

        assertThat(logs.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .asString().contains("No instance of audit-service");
    }
}
