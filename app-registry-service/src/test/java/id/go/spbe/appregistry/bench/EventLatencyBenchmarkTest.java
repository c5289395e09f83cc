package id.go.spbe.appregistry.bench;

import id.go.spbe.appregistry.application.ApplicationRepository;
import id.go.spbe.appregistry.application.ApplicationRules;
import id.go.spbe.appregistry.application.domain.Application;
import id.go.spbe.appregistry.application.domain.ApplicationClass;
import id.go.spbe.appregistry.application.domain.ApplicationDetails;
import id.go.spbe.appregistry.application.domain.FunctionDomain;
import id.go.spbe.appregistry.application.domain.Licence;
import id.go.spbe.appregistry.application.domain.ServiceType;
import id.go.spbe.appregistry.opd.OpdDirectory;
import id.go.spbe.appregistry.opd.domain.OpdKind;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.jwt.TestJwtIssuer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defect 12 of issue 7 (event propagation is slow): measures <em>command accepted → event consumed</em>, i.e. from
 * sending {@code POST /api/v1/applications} until a Kafka listener in this JVM has received the
 * {@code application.registered} CloudEvent — the path audit-service's plan hangs on. The listener runs in a
 * container from Boot's {@code kafkaListenerContainerFactory}, so it has the consumer and container settings every
 * service gets from the starter. The register is seeded first ({@code -Dbench.seed}, default 5,000 applications) so
 * the relay works against a realistic collection, as on the dev stack.
 *
 * <p>Why not audit-service itself: both services are Spring Boot applications with their own configuration and
 * auto-configured beans; booting both in one test JVM would need app-registry on audit-service's test classpath
 * (a dependency between services that the architecture forbids). What audit-service adds on top of this path is its
 * listener's own work (one inbox insert and one obligation upsert in Mongo), which is not where the time went.
 * Not part of {@code verify}: run with {@code -Pbenchmark} (see BENCHMARKS.md).
 */
@Tag("benchmark")
@SpbeIntegrationTest
class EventLatencyBenchmarkTest {

    static final int SEED = Integer.getInteger("bench.seed", 5_000);
    static final int MEASURED = Integer.getInteger("bench.events", 300);
    static final int WARM_UP = 50;

    /** Receives this run's registrations and notes when each arrived. */
    static class Arrivals {
        final Map<String, CountDownLatch> awaited = new ConcurrentHashMap<>();
        final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        final JsonMapper json = JsonMapper.builder().build();

        @KafkaListener(id = "bench.event-latency", topics = "spbe.app-registry.application.v1",
                groupId = "bench.event-latency")
        void on(String value) {
            long now = System.nanoTime();
            JsonNode event = json.readTree(value);
            if (!"id.go.spbe.application.registered.v1".equals(event.path("type").asString())) {
                return;
            }
            String name = event.path("data").path("name").asString();
            CountDownLatch latch = awaited.get(name);
            if (latch != null) {
                arrivedAt.putIfAbsent(name, now);
                latch.countDown();
            }
        }
    }

    @TestConfiguration
    static class Listener {
        @Bean
        Arrivals arrivals() {
            return new Arrivals();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Arrivals arrivals;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    ApplicationRules rules;

    @Autowired
    OpdDirectory opds;

    @Autowired
    MongoTemplate mongo;

    @Test
    void commandAcceptedToEventConsumed() throws Exception {
        if (opds.find("BENCH-EV").isEmpty()) {
            opds.register("BENCH-EV", "Perangkat Daerah Uji Latensi", OpdKind.DINAS, false);
        }
        seed();
        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() ->
                mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), "applications") == 0);

        TestHttp http = TestHttp.onPort(port);
        String token = TestJwtIssuer.shared().user("operator.latency").opd("BENCH-EV").roles("OPD_OPERATOR")
                .bearer();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < WARM_UP; i++) {
            measure(http, token, "Aplikasi Pemanasan " + run + " " + i);
        }
        long[] endToEnd = new long[MEASURED];
        long[] accepted = new long[MEASURED];
        long[] afterAccepted = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long[] one = measure(http, token, "Aplikasi Latensi " + run + " " + i);
            accepted[i] = one[0];
            endToEnd[i] = one[1];
            afterAccepted[i] = Math.max(0, one[1] - one[0]);
        }
        String report = String.format(Locale.ROOT, """
                # Event latency (defect 12)

                %d registrations, one at a time, over a register of %d applications.

                | what | p50 | p95 | p99 | max |
                |---|---|---|---|---|
                | POST /api/v1/applications answered (201) | %s |
                | 201 received → event consumed (0 when the event was first) | %s |
                | **POST sent → application.registered consumed** | %s |
                """, MEASURED, SEED, row(accepted), row(afterAccepted), row(endToEnd));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-event-latency.md"), report);
    }

    private long[] measure(TestHttp http, String token, String name) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        arrivals.awaited.put(name, latch);
        long start = System.nanoTime();
        TestHttp.Reply reply = http.post("/api/v1/applications").auth(token).json(Map.of("name", name,
                "description", "Aplikasi untuk mengukur latensi peristiwa", "applicationClass", "KHUSUS",
                "serviceType", "INTERAKSI", "functionDomains", List.of("PERENCANAAN"))).send();
        long answered = System.nanoTime();
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(latch.await(10, TimeUnit.SECONDS)).as("event of " + name + " consumed").isTrue();
        arrivals.awaited.remove(name);
        return new long[] {answered - start, arrivals.arrivedAt.remove(name) - start};
    }

    private void seed() {
        List<Application> batch = new ArrayList<>();
        for (int i = 0; i < SEED; i++) {
            ApplicationDetails details = new ApplicationDetails("Aplikasi Beban " + i, "Aplikasi beban nomor " + i,
                    ApplicationClass.KHUSUS, List.of(), ServiceType.INTERAKSI,
                    EnumSet.of(FunctionDomain.values()[i % FunctionDomain.values().length]),
                    new Licence(Licence.Kind.OPEN_SOURCE, "EUPL-1.2"), null, List.of("PHP"), null, null, null, null,
                    null);
            batch.add(Application.register(details, "BENCH-EV", rules.policy(), "seed.bench", Instant.now()));
            if (batch.size() == 500) {
                applications.insert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            applications.insert(batch);
        }
    }

    private static String row(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f ms | %.1f ms | %.1f ms | %.1f ms", ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
