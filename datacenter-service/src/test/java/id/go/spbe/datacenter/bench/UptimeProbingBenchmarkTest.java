package id.go.spbe.datacenter.bench;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.uptime.MonitorRepository;
import id.go.spbe.datacenter.uptime.UptimeProbing;
import id.go.spbe.datacenter.uptime.UptimeProperties;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;
import id.go.spbe.platform.test.bench.BenchmarkReport;
import id.go.spbe.platform.test.stub.StubServer;
import id.go.spbe.platform.test.time.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D3 benchmark: 1,000 monitors (60 s interval) against loopback targets — two stub HTTP servers answering 200, two
 * TCP server sockets accepting, and a closed port for 2 % of them (so outages open and ServiceDown goes through the
 * outbox) — probed by the real job's pass ({@code UptimeProbing.probeDue()}: due query, worker pool, bounded probes,
 * one monitor write and one sample {@code $inc} per probe) over several rounds. ({@code job().runNow()} would add
 * the lease, which is held at least half a tick — 30 min in the tests' configuration — so it runs once per test.) Each round the MutableClock moves one
 * interval on, so all 1,000 are due at once (the worst case: nothing spreads them). A round keeps its period when it
 * ends before the next tick; the rounds' wall time, the process CPU and the job thread's CPU are reported.
 */
@Tag("benchmark")
@DatacenterIntegrationTest
class UptimeProbingBenchmarkTest {

    static final int MONITORS = Integer.getInteger("bench.monitors", 1_000);
    static final int WARMUP = Integer.getInteger("bench.probe.warmup", 2);
    static final int ROUNDS = Integer.getInteger("bench.probe.rounds", 10);
    static final int INTERVAL_SECONDS = 60;
    /** The production tick (UptimeProperties' default); the tests' context runs the cadence only hourly. */
    static final Duration TICK = Duration.ofSeconds(10);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    UptimeProbing probing;

    @Autowired
    MonitorRepository monitors;

    @Autowired
    UptimeProperties properties;

    @Test
    void thousandMonitorsKeepTheirProbePeriod_D3() throws Exception {
        StubServer http1 = StubServer.start();
        StubServer http2 = StubServer.start();
        http1.on("GET", "/health").json(200, "{\"status\":\"UP\"}");
        http2.on("GET", "/health").json(200, "{\"status\":\"UP\"}");
        TcpTarget tcp1 = new TcpTarget();
        TcpTarget tcp2 = new TcpTarget();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort(); // closed again: connections are refused
        }
        try {
            mongo.remove(new Query(), Monitor.class);
            mongo.remove(new Query(), "uptime_samples");
            List<Monitor> all = new ArrayList<>(MONITORS);
            int down = 0;
            for (int i = 0; i < MONITORS; i++) {
                String target;
                if (i % 50 == 49) {
                    target = "tcp://127.0.0.1:" + closedPort;
                    down++;
                } else {
                    target = switch (i % 4) {
                        case 0 -> http1.url() + "/health";
                        case 1 -> http2.url() + "/health";
                        case 2 -> "tcp://127.0.0.1:" + tcp1.port();
                        default -> "tcp://127.0.0.1:" + tcp2.port();
                    };
                }
                all.add(Monitor.configure("BENCH-" + (i % 40), "Layanan " + i, null,
                        ProbeTarget.parse("target", target), INTERVAL_SECONDS, 3, new BigDecimal("99.9"), "bench",
                        clock.instant()));
            }
            monitors.insert(all);

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long[] wall = new long[ROUNDS];
            long[] processCpu = new long[ROUNDS];
            long[] jobThreadCpu = new long[ROUNDS];
            for (int round = 0; round < WARMUP + ROUNDS; round++) {
                clock.advance(Duration.ofSeconds(INTERVAL_SECONDS));
                long cpu0 = os.getProcessCpuTime();
                long thread0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                assertThat(probing.probeDue()).isEqualTo(MONITORS);
                long t1 = System.nanoTime();
                if (round >= WARMUP) {
                    wall[round - WARMUP] = t1 - t0;
                    processCpu[round - WARMUP] = os.getProcessCpuTime() - cpu0;
                    jobThreadCpu[round - WARMUP] = threads.getCurrentThreadCpuTime() - thread0;
                }
            }

            // every probe of every round was applied: one sample per monitor and round
            long probes = mongo.find(new Query(), Document.class, "uptime_samples").stream()
                    .mapToLong(d -> ((Number) d.get("probes")).longValue()).sum();
            assertThat(probes).isEqualTo((long) MONITORS * (WARMUP + ROUNDS));
            long open = mongo.count(Query.query(Criteria.where("openOutage").ne(null)), Monitor.class);
            assertThat(open).isEqualTo(down);
            assertThat(monitors.findAll()).allSatisfy(m -> assertThat(m.nextProbeAt()).isAfter(clock.instant()));

            StringBuilder rows = new StringBuilder();
            int overran = 0;
            for (int i = 0; i < ROUNDS; i++) {
                boolean over = wall[i] > TICK.toNanos();
                overran += over ? 1 : 0;
                rows.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.0f | %s |%n", i + 1, wall[i] / 1e6,
                        processCpu[i] / 1e6, jobThreadCpu[i] / 1e6, over ? "**overran the tick**" : "in time"));
            }
            double sumCpu = 0;
            double sumWall = 0;
            for (int i = 0; i < ROUNDS; i++) {
                sumCpu += processCpu[i];
                sumWall += wall[i];
            }
            String report = String.format(Locale.ROOT, """
                    # Uptime probing benchmark (datacenter-service)

                    %s

                    %d monitors (interval %d s; %d HTTP, %d TCP, %d against a closed port), probe concurrency %d,
                    connect/read timeout %s/%s, %d warm-up rounds, %d measured rounds, production tick %s.

                    | round | wall ms | process CPU ms | job thread CPU ms | |
                    |---|---|---|---|---|
                    %s
                    round wall p50 / p99 / max: %.0f / %.0f / %.0f ms; rounds over the tick: %d of %d
                    process CPU per round p50 / p99: %.0f / %.0f ms; on average %.2f cores busy during a round;
                    per probe %.2f ms CPU; as a share of one 60 s interval: %.2f %% of one core
                    """, BenchmarkReport.machine(), MONITORS, INTERVAL_SECONDS,
                    (MONITORS - down) / 2, MONITORS - down - (MONITORS - down) / 2, down, properties.concurrency(),
                    properties.connectTimeout(), properties.readTimeout(), WARMUP, ROUNDS, TICK, rows,
                    BenchmarkReport.percentile(wall, 0.5), BenchmarkReport.percentile(wall, 0.99),
                    BenchmarkReport.percentile(wall, 1.0), overran, ROUNDS,
                    BenchmarkReport.percentile(processCpu, 0.5), BenchmarkReport.percentile(processCpu, 0.99),
                    sumCpu / sumWall, sumCpu / ROUNDS / 1e6 / MONITORS,
                    sumCpu / ROUNDS / 1e9 / INTERVAL_SECONDS * 100);
            BenchmarkReport.write("benchmark-uptime-probing.md", report);
        } finally {
            http1.close();
            http2.close();
            tcp1.close();
            tcp2.close();
        }
    }

    /** A loopback TCP service that accepts every connection and closes it, as a port check expects. */
    static final class TcpTarget implements AutoCloseable {

        private final ServerSocket server;

        TcpTarget() throws IOException {
            server = new ServerSocket(0, 1_000, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket accepted = server.accept()) {
                        accepted.getInputStream().available();
                    } catch (IOException closed) {
                        // closed at the end of the benchmark
                    }
                }
            }, "bench-tcp-target");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
