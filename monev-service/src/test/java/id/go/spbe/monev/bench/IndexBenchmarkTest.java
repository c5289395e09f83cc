package id.go.spbe.monev.bench;

import id.go.spbe.monev.framework.domain.Framework;
import id.go.spbe.monev.framework.domain.Frameworks;
import id.go.spbe.monev.framework.domain.IndexCalculator;
import id.go.spbe.monev.framework.domain.IndexResult;
import id.go.spbe.monev.framework.domain.Indicator;
import id.go.spbe.platform.test.bench.BenchmarkReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's quality bar: the index of 548 regions (every province, regency and city) × 47 indicators of PermenPANRB
 * 59/2020 in at most one second, computed by the real {@link IndexCalculator} (exact decimals, every aspect, domain
 * and overall score with its predicate). Levels are seeded deterministically ({@code -Dbench.seed}). The first, cold
 * run (class loading, interpreter) is the one held to the bar; the warm runs after it are reported. Not part of
 * {@code verify}: run with {@code -Pbenchmark} (see BENCHMARKS.md).
 */
@Tag("benchmark")
class IndexBenchmarkTest {

    static final int REGIONS = Integer.getInteger("bench.regions", 548);
    static final int RUNS = Integer.getInteger("bench.runs", 50);
    static final long SEED = Long.getLong("bench.seed", 20_260_530L);

    @Test
    void theIndexOf548RegionsTakesAtMostOneSecond_M1() {
        long loadStart = System.nanoTime();
        Framework spbe = Frameworks.permenpanrb59();
        long loadNanos = System.nanoTime() - loadStart;
        assertThat(spbe.indicators()).hasSize(47);
        List<Map<String, Integer>> regions = seed(spbe);

        // Wall time and this thread's CPU time: on a shared machine the wall time includes waiting for a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long coldCpuStart = threads.getCurrentThreadCpuTime();
        long coldStart = System.nanoTime();
        List<IndexResult> cold = computeAll(spbe, regions);
        long coldNanos = System.nanoTime() - coldStart;
        long coldCpuNanos = threads.getCurrentThreadCpuTime() - coldCpuStart;

        long[] runs = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            List<IndexResult> results = computeAll(spbe, regions);
            runs[r] = System.nanoTime() - start;
            cpu[r] = threads.getCurrentThreadCpuTime() - cpuStart;
            assertThat(results.get(r % REGIONS).overall().value())
                    .isEqualByComparingTo(cold.get(r % REGIONS).overall().value());
        }

        // The results are real: region 0 equals a plain Σ(level × weight) / 100, and every region is complete.
        BigDecimal weighted = BigDecimal.ZERO;
        for (Indicator indicator : spbe.indicators()) {
            weighted = weighted.add(indicator.weight().multiply(BigDecimal.valueOf(regions.get(0).get(indicator.no()))));
        }
        assertThat(cold.get(0).overall().exact()).isEqualByComparingTo(weighted.divide(new BigDecimal("100")));
        assertThat(cold).allSatisfy(r -> {
            assertThat(r.overall().complete()).isTrue();
            assertThat(r.domains()).hasSize(4);
            assertThat(r.aspects()).hasSize(8);
        });
        Map<String, Integer> predicates = new TreeMap<>();
        cold.forEach(r -> predicates.merge(r.overall().predicate(), 1, Integer::sum));

        String report = String.format(Locale.ROOT, """
                # Index benchmark: %d regions × %d indicators (%s)

                %s

                | what | result |
                |---|---|
                | load and check the shipped framework (once) | %.1f ms |
                | **first (cold) run, all %d regions** | **%.1f ms** wall (%.1f µs per region), %.1f ms CPU |
                | %d warm runs, per full run, wall: min / p50 / p95 / max | %.2f / %.2f / %.2f / %.2f ms |
                | the same runs, CPU time of the computing thread: min / p50 / p95 / max | %.2f / %.2f / %.2f / %.2f ms |
                | warm, per region (p50 run / %d): wall / CPU | %.1f / %.1f µs |
                | scores per run (overall + 4 domains + 8 aspects, each with predicate) | %d |
                | overall predicates of the seeded regions | %s |
                """, REGIONS, spbe.indicators().size(), spbe.id(), BenchmarkReport.machine(), loadNanos / 1e6,
                REGIONS, coldNanos / 1e6, coldNanos / 1e3 / REGIONS, coldCpuNanos / 1e6, RUNS,
                BenchmarkReport.percentile(runs, 0), BenchmarkReport.percentile(runs, 0.50),
                BenchmarkReport.percentile(runs, 0.95), BenchmarkReport.percentile(runs, 1.0),
                BenchmarkReport.percentile(cpu, 0), BenchmarkReport.percentile(cpu, 0.50),
                BenchmarkReport.percentile(cpu, 0.95), BenchmarkReport.percentile(cpu, 1.0), REGIONS,
                BenchmarkReport.percentile(runs, 0.50) * 1e3 / REGIONS, BenchmarkReport.percentile(cpu, 0.50) * 1e3 / REGIONS,
                REGIONS * 13, predicates);
        BenchmarkReport.write("benchmark-index.md", report);

        assertThat(coldNanos / 1e6).as("cold run of %d regions, ms", REGIONS).isLessThanOrEqualTo(1000.0);
        assertThat(BenchmarkReport.percentile(runs, 1.0)).as("slowest warm run, ms").isLessThanOrEqualTo(1000.0);
    }

    /**
     * Levels per region drawn around a regional mean (1.5 … 4.5), so the regions spread over every predicate as the
     * national results do, and the same seed always gives the same levels.
     */
    private static List<Map<String, Integer>> seed(Framework spbe) {
        Random random = new Random(SEED);
        List<Map<String, Integer>> regions = new ArrayList<>(REGIONS);
        for (int r = 0; r < REGIONS; r++) {
            double mean = 1.5 + 3.0 * random.nextDouble();
            Map<String, Integer> levels = new HashMap<>();
            for (Indicator indicator : spbe.indicators()) {
                int level = (int) Math.round(mean + random.nextGaussian() * 0.8);
                levels.put(indicator.no(), Math.max(1, Math.min(5, level)));
            }
            regions.add(levels);
        }
        return regions;
    }

    private static List<IndexResult> computeAll(Framework spbe, List<Map<String, Integer>> regions) {
        List<IndexResult> results = new ArrayList<>(regions.size());
        for (Map<String, Integer> levels : regions) {
            results.add(IndexCalculator.compute(spbe, levels));
        }
        return results;
    }
}
