package id.go.spbe.monev.bench;

import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.platform.test.bench.BenchmarkReport;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static id.go.spbe.monev.MonevTestSupport.SPBE;
import static id.go.spbe.monev.MonevTestSupport.directoryKnowsTheOpds;
import static id.go.spbe.monev.MonevTestSupport.dinas;
import static id.go.spbe.monev.MonevTestSupport.open;
import static id.go.spbe.monev.MonevTestSupport.proposeAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's quality bar: the what-if preview's latency over HTTP. The real service on an ephemeral port (the
 * integration tests' context: Mongo wire server and Kafka broker in this JVM), an open 59/2020 evaluation whose 47
 * indicators were proposed through the API, then {@code POST /api/v1/evaluations/{id}/what-if} from one sequential
 * client as a Dinas admin: each request changes 1–3 random indicators to random levels (the evaluation is re-read
 * from Mongo and both indexes computed every time). Reported, not asserted: the issue sets no figure. Not part of
 * {@code verify}: run with {@code -Pbenchmark} (see BENCHMARKS.md).
 */
@Tag("benchmark")
@SpbeIntegrationTest
class WhatIfBenchmarkTest {

    static final int WARM_UP = Integer.getInteger("bench.whatif.warmup", 300);
    static final int REQUESTS = Integer.getInteger("bench.whatif.requests", 3000);
    static final long SEED = Long.getLong("bench.seed", 20_260_530L);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void whatIfPreviewLatencyOverHttp_M1() {
        TestHttp http = TestHttp.onPort(port);
        directoryKnowsTheOpds(mongo);
        String id = open(http, 2099, SPBE).get("id").asString();
        Random random = new Random(SEED);
        List<String> nos = Frameworks.permenpanrb59().indicators().stream().map(Indicator::no).toList();
        Map<String, Integer> levels = new LinkedHashMap<>();
        nos.forEach(no -> levels.put(no, 1 + random.nextInt(5)));
        proposeAll(http, id, levels);
        String path = "/api/v1/evaluations/" + id + "/what-if";

        // Bodies built beforehand so that the client's own JSON work stays out of the measurement.
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            List<String> changes = new ArrayList<>();
            List<String> picked = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(3); c < n; c++) {
                String no = nos.get(random.nextInt(nos.size()));
                if (!picked.contains(no)) {
                    picked.add(no);
                    changes.add("{\"indicator\":\"" + no + "\",\"level\":" + (1 + random.nextInt(5)) + "}");
                }
            }
            bodies.add("{\"changes\":[" + String.join(",", changes) + "]}");
        }
        Supplier<String> token = fresh(() -> dinas());

        for (int i = 0; i < WARM_UP; i++) {
            send(http, path, token.get(), bodies.get(i));
        }
        long[] nanos = new long[REQUESTS];
        long t0 = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            String auth = token.get();
            long start = System.nanoTime();
            // unchecked: the test client's OpenAPI contract check of each answer (run in the warm-up) is not timed
            TestHttp.Reply reply = http.post(path).auth(auth).body("application/json", bodies.get(WARM_UP + i))
                    .unchecked().send();
            nanos[i] = System.nanoTime() - start;
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;

        // The preview is real and wrote nothing: the last answer shows every scope, the stored levels are the proposed.
        JsonNode last = send(http, path, token.get(), bodies.get(bodies.size() - 1));
        assertThat(last.get("movements").size()).as("overall, 4 domains, 8 aspects").isEqualTo(13);
        JsonNode stored = http.get("/api/v1/evaluations/" + id + "/indicators?size=200").auth(token.get()).send()
                .json();
        stored.get("items").valueStream().forEach(i -> assertThat(i.get("level").asInt())
                .as("indicator " + i.get("no").asString()).isEqualTo(levels.get(i.get("no").asString())));

        BenchmarkReport.write("benchmark-what-if.md", String.format(Locale.ROOT, """
                # What-if preview over HTTP (%s, %d indicators proposed)

                %s

                | what | result |
                |---|---|
                | warm-up requests (not measured) | %d |
                | measured requests, one sequential client | %d in %.1f s = **%.0f requests/s** |
                | latency p50 / p95 / **p99** / max | %.2f / %.2f / **%.2f** / %.2f ms |
                """, id, nos.size(), BenchmarkReport.machine(), WARM_UP, REQUESTS, seconds, REQUESTS / seconds,
                BenchmarkReport.percentile(nanos, 0.50), BenchmarkReport.percentile(nanos, 0.95),
                BenchmarkReport.percentile(nanos, 0.99), BenchmarkReport.percentile(nanos, 1.0)));
    }

    private static JsonNode send(TestHttp http, String path, String token, String body) {
        TestHttp.Reply reply = http.post(path).auth(token).body("application/json", body).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** A token minted again when it is older than two minutes (tokens live five). */
    private static Supplier<String> fresh(Supplier<String> mint) {
        return new Supplier<>() {
            private String token;
            private long mintedAt;

            @Override
            public String get() {
                if (token == null || System.nanoTime() - mintedAt > Duration.ofMinutes(2).toNanos()) {
                    token = mint.get();
                    mintedAt = System.nanoTime();
                }
                return token;
            }
        };
    }
}
