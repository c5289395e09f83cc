package id.go.spbe.servicedesk.bench;

import id.go.spbe.platform.test.bench.BenchmarkReport;
import id.go.spbe.platform.test.http.TestHttp;
import id.go.spbe.platform.test.infra.SpbeIntegrationTest;
import id.go.spbe.platform.test.time.MutableClock;
import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;
import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Level;
import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.Routing;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static id.go.spbe.servicedesk.ServicedeskTestSupport.directory;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.operator;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.rosters;
import static id.go.spbe.servicedesk.ServicedeskTestSupport.tier1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's quality bars over HTTP, in the service's integration context (the real service on an ephemeral port,
 * mongo-java-server's wire server and a KRaft Kafka broker in this JVM, JWTs from TestJwtIssuer, profile Rejang
 * Lebong): (1) the Tier 1 queue listing's p99 with 100,000 tickets in the store; (2) ticket creation throughput. Not
 * part of {@code verify}: run with {@code -Pbenchmark} (see BENCHMARKS.md).
 */
@Tag("benchmark")
@SpbeIntegrationTest
@Import(MutableClock.Configuration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketHttpBenchmarkTest {

    static final int STORE = Integer.getInteger("bench.store", 100_000);
    static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    static final int QUEUE_REQUESTS = Integer.getInteger("bench.queue.requests", 500);
    static final int REQUESTS = Integer.getInteger("bench.requests", 1000);
    static final long SEED = Long.getLong("bench.seed", 20_261_130L);
    static final String QUEUE = "/api/v1/tickets?queue=TIER1&open=true&sort=priorityRank&sort=openedAt&size=20";
    static final String FORM = """
            {"type":"GANGGUAN","category":"PERANGKAT","title":"Printer ruang layanan mati",
             "description":"Sejak pagi printer tidak merespons.","impact":"SEDANG","urgency":"SEDANG"}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    /**
     * 100,000 tickets written straight into the collection as the service maps them (the converter, without the
     * outbox: seeding must not publish 100,000 events): 50 OPD, DINKES 4 % of them; opened over the past year; 70 %
     * resolved or closed; 10 % routed to Tier 2.
     */
    void seed() {
        Random r = new Random(SEED);
        Instant now = Instant.now();
        List<Document> batch = new ArrayList<>();
        Level[] levels = Level.values();
        for (int i = 0; i < STORE; i++) {
            String opd = r.nextInt(25) == 0 ? "DINKES" : String.format(Locale.ROOT, "OPD%02d", r.nextInt(49));
            NewTicket form = new NewTicket(TicketType.values()[r.nextInt(4)], Category.PERANGKAT,
                    "Tiket beban " + i, "Deskripsi tiket beban " + i, levels[r.nextInt(3)], levels[r.nextInt(3)],
                    null, null);
            Instant opened = now.minus(Duration.ofMinutes(1 + r.nextInt(365 * 24 * 60)));
            Ticket t = Ticket.open(form, opd, "pemohon." + opd, "WEB", null,
                    Routing.decide(ServiceDeskModel.TIERED, Category.PERANGKAT, opd, r.nextInt(10) != 0), opened);
            if (r.nextInt(10) < 8) {
                t.assign("teknisi." + opd, "teknisi." + opd, opened.plus(Duration.ofMinutes(5 + r.nextInt(120))));
                t.comment("Sedang dicek", false, true, "teknisi." + opd, opened.plus(Duration.ofMinutes(130)));
                if (r.nextInt(8) < 7) {
                    t.resolve("Selesai", "teknisi." + opd, opened.plus(Duration.ofMinutes(200 + r.nextInt(5000))));
                }
            }
            Document doc = new Document();
            mongo.getConverter().write(t, doc);
            doc.remove("outbox");
            doc.remove("history");
            doc.remove("historyHead");
            batch.add(doc);
            if (batch.size() == 5000) {
                mongo.getCollection("tickets").insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("tickets").insertMany(batch);
        }
    }

    @Test
    @Order(1)
    void tier1QueueListingP99With100000Tickets_S2_S5() {
        TestHttp http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
        long t0 = System.nanoTime();
        seed();
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        long stored = mongo.getCollection("tickets").countDocuments();
        assertThat(stored).isGreaterThanOrEqualTo(STORE);
        Supplier<String> token = fresh(() -> tier1("DINKES", "teknisi.dinkes"));

        TestHttp.Reply first = http.get(QUEUE).auth(token.get()).send(); // checked against the OpenAPI document
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode page = first.json();
        long matching = page.get("totalItems").asLong();
        assertThat(page.get("items")).hasSize(20);
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(http.get(QUEUE + "&page=" + (i % 10)).auth(token.get()).unchecked().send().status())
                    .isEqualTo(200);
        }
        long[] nanos = new long[QUEUE_REQUESTS];
        long start = System.nanoTime();
        for (int i = 0; i < QUEUE_REQUESTS; i++) {
            String auth = token.get();
            long s = System.nanoTime();
            TestHttp.Reply reply = http.get(QUEUE + "&page=" + (i % 10)).auth(auth).unchecked().send();
            nanos[i] = System.nanoTime() - s;
            assertThat(reply.status()).isEqualTo(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        BenchmarkReport.write("benchmark-queue.md", String.format(Locale.ROOT, """
                # Tier 1 queue listing over HTTP, %,d tickets in the store

                %s

                | what | result |
                |---|---|
                | seeding %,d tickets (converter, insertMany, not timed below) | %.1f s |
                | request | `GET %s&page=0..9` as a DINKES Tier 1 agent |
                | tickets matching (DINKES, Tier 1, open) | %,d |
                | warm-up requests (not measured) | %d |
                | measured requests, one sequential client | %d in %.1f s = %.0f requests/s |
                | latency p50 / p95 / **p99** / max | %.1f / %.1f / **%.1f** / %.1f ms |
                """, stored, BenchmarkReport.machine(), STORE, seedSeconds, QUEUE, matching, WARM_UP, QUEUE_REQUESTS,
                seconds, QUEUE_REQUESTS / seconds, BenchmarkReport.percentile(nanos, 0.50),
                BenchmarkReport.percentile(nanos, 0.95), BenchmarkReport.percentile(nanos, 0.99),
                BenchmarkReport.percentile(nanos, 1.0)));
    }

    @Test
    @Order(2)
    void ticketCreationThroughputOverHttp_S1() throws Exception {
        TestHttp http = TestHttp.onPort(port);
        directory(mongo);
        rosters(http);
        Supplier<String> token = fresh(() -> operator("DINKES"));
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(http.post("/api/v1/tickets").auth(token.get()).body("application/json", FORM).unchecked()
                    .send().status()).isEqualTo(201);
        }
        long[] nanos = new long[REQUESTS];
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            String auth = token.get();
            long s = System.nanoTime();
            int status = http.post("/api/v1/tickets").auth(auth).body("application/json", FORM).unchecked().send()
                    .status();
            nanos[i] = System.nanoTime() - s;
            assertThat(status).isEqualTo(201);
        }
        double sequential = (System.nanoTime() - start) / 1e9;

        int clients = Integer.getInteger("bench.clients", 4);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long concurrentStart = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                String auth = operator("DINKES");
                while (next.getAndIncrement() < REQUESTS) {
                    assertThat(http.post("/api/v1/tickets").auth(auth).body("application/json", FORM).unchecked()
                            .send().status()).isEqualTo(201);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double concurrent = (System.nanoTime() - concurrentStart) / 1e9;
        pool.shutdown();
        BenchmarkReport.write("benchmark-creation.md", String.format(Locale.ROOT, """
                # Ticket creation over HTTP

                %s

                | what | result |
                |---|---|
                | request | `POST /api/v1/tickets` (GANGGUAN, SEDANG × SEDANG) as a DINKES operator → DINKES's Tier 1 queue |
                | warm-up requests (not measured) | %d |
                | one sequential client | %d in %.1f s = **%.0f tickets/s**; latency p50 / p95 / p99 / max %.1f / %.1f / %.1f / %.1f ms |
                | %d concurrent clients | %d in %.1f s = **%.0f tickets/s** |
                """, BenchmarkReport.machine(), WARM_UP, REQUESTS, sequential, REQUESTS / sequential,
                BenchmarkReport.percentile(nanos, 0.50), BenchmarkReport.percentile(nanos, 0.95),
                BenchmarkReport.percentile(nanos, 0.99), BenchmarkReport.percentile(nanos, 1.0), clients, REQUESTS,
                concurrent, REQUESTS / concurrent));
    }

    /** A token minted again when it is older than two minutes (tokens live five). */
    static Supplier<String> fresh(Supplier<String> mint) {
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
