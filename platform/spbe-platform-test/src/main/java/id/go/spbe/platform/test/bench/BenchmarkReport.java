package id.go.spbe.platform.test.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** Percentiles and the machine line of a service's benchmark runs (tag {@code benchmark}); results also go to {@code target/}. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Nearest-rank percentile of nanosecond samples, in milliseconds. */
    public static double percentile(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    public static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%s; JVM %s (%s), %d CPUs, max heap %d MiB, JVM args %s, load average %.2f",
                Instant.now(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), os.getSystemLoadAverage());
    }

    public static void write(String file, String text) {
        System.out.println(text);
        try {
            Path path = Path.of("target", file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
