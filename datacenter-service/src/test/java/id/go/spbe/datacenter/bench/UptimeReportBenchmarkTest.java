package id.go.spbe.datacenter.bench;

import id.go.spbe.datacenter.DatacenterIntegrationTest;
import id.go.spbe.datacenter.uptime.MonitorRepository;
import id.go.spbe.datacenter.uptime.UptimeReports.MonitorReport;
import id.go.spbe.datacenter.uptime.UptimeReports.OpdReport;
import id.go.spbe.datacenter.uptime.UptimeReports.Period;
import id.go.spbe.datacenter.uptime.UptimeReports;
import id.go.spbe.datacenter.uptime.domain.Monitor;
import id.go.spbe.datacenter.uptime.domain.ProbeTarget;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.test.bench.BenchmarkReport;
import id.go.spbe.platform.test.time.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D3 benchmark, "SLO report for a year of 1-minute samples for 1,000 services ≤ 2 s": the real storage is seeded
 * directly — 1,000 monitors in 40 OPDs and, per monitor, 365 daily sample documents and 12 month documents as
 * {@code UptimeSamples} keeps them (1,440 probes a day; failures on about 3 % of days; a planned-maintenance day about
 * once a month; each month the sum of its days) — then the
 * real {@code UptimeReports} path is timed: the yearly report of one monitor (with its 12 months) and the yearly
 * per-OPD report over all 1,000 monitors. Seeded deterministically.
 */
@Tag("benchmark")
@DatacenterIntegrationTest
class UptimeReportBenchmarkTest {

    static final int MONITORS = Integer.getInteger("bench.monitors", 1_000);
    static final int OPDS = 40;
    static final int YEAR = 2025;
    static final int WARMUP = Integer.getInteger("bench.report.warmup", 5);
    static final int RUNS = Integer.getInteger("bench.report.runs", 20);
    static final long SEED = Long.getLong("bench.seed", 20261130L);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MutableClock clock;

    @Autowired
    MonitorRepository monitors;

    @Autowired
    UptimeReports reports;

    @Test
    void yearlySloReportsOfThousandServicesWithinTwoSeconds_D3() {
        mongo.remove(new Query(), Monitor.class);
        mongo.remove(new Query(), "uptime_samples");
        mongo.remove(new Query(), "uptime_months");
        Random random = new Random(SEED);
        List<Monitor> all = new ArrayList<>(MONITORS);
        for (int i = 0; i < MONITORS; i++) {
            all.add(Monitor.configure("BENCH-" + (i % OPDS), "Layanan " + i, null,
                    ProbeTarget.parse("target", "https://layanan" + i + ".example.go.id/health"), 60, 3,
                    new BigDecimal("99.5"), "bench", clock.instant()));
        }
        monitors.insert(all);

        long seedStart = System.nanoTime();
        long expectedProbes = 0;
        long expectedFailures = 0;
        List<Document> batch = new ArrayList<>(5_000);
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        List<Document> months = new ArrayList<>(MONITORS * 12);
        for (Monitor monitor : all) {
            Document month = null;
            for (LocalDate day = first; day.getYear() == YEAR; day = day.plusDays(1)) {
                long probes = 1_440;
                long failures = random.nextInt(100) < 3 ? 1 + random.nextInt(120) : 0;
                long maintenance = random.nextInt(30) == 0 ? 60 + random.nextInt(180) : 0;
                if (failures + maintenance > probes) {
                    failures = 0;
                }
                expectedProbes += probes;
                expectedFailures += failures;
                Document sample = new Document("_id", monitor.id() + "/" + day).append("monitorId", monitor.id())
                        .append("opd", monitor.opd()).append("day", day.toString()).append("probes", probes)
                        .append("latencyMillis", probes * (20 + random.nextInt(200)));
                if (failures > 0) {
                    sample.append("failures", failures);
                }
                if (maintenance > 0) {
                    sample.append("maintenance", maintenance);
                }
                batch.add(sample);
                // the month roll-up as UptimeSamples.record keeps it beside the days: the sums of the month's days
                String monthKey = day.toString().substring(0, 7);
                if (month == null || !monthKey.equals(month.getString("month"))) {
                    month = new Document("_id", monitor.id() + "/" + monthKey).append("monitorId", monitor.id())
                            .append("opd", monitor.opd()).append("month", monthKey).append("probes", 0L)
                            .append("failures", 0L).append("maintenance", 0L).append("latencyMillis", 0L);
                    months.add(month);
                }
                month.put("probes", month.getLong("probes") + probes);
                month.put("failures", month.getLong("failures") + failures);
                month.put("maintenance", month.getLong("maintenance") + maintenance);
                month.put("latencyMillis", month.getLong("latencyMillis") + sample.getLong("latencyMillis"));
                if (batch.size() == 5_000) {
                    mongo.insert(batch, "uptime_samples");
                    batch = new ArrayList<>(5_000);
                }
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, "uptime_samples");
        }
        for (int i = 0; i < months.size(); i += 5_000) {
            mongo.insert(months.subList(i, Math.min(months.size(), i + 5_000)), "uptime_months");
        }
        long seedNanos = System.nanoTime() - seedStart;
        long documents = mongo.count(new Query(), "uptime_samples");
        assertThat(documents).isEqualTo(MONITORS * 365L);

        Caller dinas = new Caller("bench", "bench", null, Set.of(Roles.DINAS_ADMIN), true);
        Period year = Period.of(YEAR, null);
        List<String> ids = all.stream().map(Monitor::id).toList();

        long[] monitorNanos = new long[RUNS];
        long[] opdNanos = new long[RUNS];
        long perOpdCold = 0;
        Page<OpdReport> opdReport = null;
        for (int run = 0; run < WARMUP + RUNS; run++) {
            String id = ids.get(random.nextInt(ids.size()));
            long t0 = System.nanoTime();
            MonitorReport one = reports.monitor(dinas, id, year);
            long t1 = System.nanoTime();
            opdReport = reports.opds(dinas, null, year, PageRequest.of(0, 100));
            long t2 = System.nanoTime();
            assertThat(one.months()).hasSize(12);
            assertThat(one.uptime().probes()).isEqualTo(365L * 1_440);
            if (run == 0) {
                perOpdCold = t2 - t1;
            }
            if (run >= WARMUP) {
                monitorNanos[run - WARMUP] = t1 - t0;
                opdNanos[run - WARMUP] = t2 - t1;
            }
        }
        assertThat(opdReport.getContent()).hasSize(OPDS);
        assertThat(opdReport.getContent().stream().mapToLong(r -> r.uptime().probes()).sum())
                .isEqualTo(expectedProbes);
        assertThat(opdReport.getContent().stream().mapToLong(r -> r.uptime().failures()).sum())
                .isEqualTo(expectedFailures);
        assertThat(opdReport.getContent().stream().mapToInt(OpdReport::monitors).sum()).isEqualTo(MONITORS);

        double monitorP99 = BenchmarkReport.percentile(monitorNanos, 0.99);
        double opdP99 = BenchmarkReport.percentile(opdNanos, 0.99);
        String report = String.format(Locale.ROOT, """
                # Uptime SLO report benchmark (datacenter-service)

                %s

                %d monitors in %d OPDs, %d daily sample documents for %d (%,d probes, %,d failures), seeded in %.1f s;
                %d warm-up runs, %d measured runs, seed %d.

                | report | p50 ms | p99 ms | max ms |
                |---|---|---|---|
                | yearly, one monitor (12 months) | %.1f | %.1f | %.1f |
                | yearly, per OPD over all %d monitors | %.1f | %.1f | %.1f |

                per-OPD report, first (cold) run: %.1f ms
                """, BenchmarkReport.machine(), MONITORS, OPDS, documents, YEAR, expectedProbes, expectedFailures,
                seedNanos / 1e9, WARMUP, RUNS, SEED,
                BenchmarkReport.percentile(monitorNanos, 0.5), monitorP99, BenchmarkReport.percentile(monitorNanos, 1),
                MONITORS, BenchmarkReport.percentile(opdNanos, 0.5), opdP99, BenchmarkReport.percentile(opdNanos, 1),
                perOpdCold / 1e6);
        BenchmarkReport.write("benchmark-uptime-report.md", report);
        assertThat(monitorP99).as("yearly report of one monitor, p99 ms").isLessThanOrEqualTo(2_000);
        assertThat(opdP99).as("yearly per-OPD report of 1,000 monitors, p99 ms").isLessThanOrEqualTo(2_000);
    }
}
