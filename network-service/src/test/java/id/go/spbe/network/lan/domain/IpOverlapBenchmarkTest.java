package id.go.spbe.network.lan.domain;

import id.go.spbe.network.lan.domain.Lan.ForeignPrefix;
import id.go.spbe.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Load run (not part of the normal build; see BENCHMARKS.md): the region-wide IP overlap check (N3) that
 * {@code LanInventory.addPrefix} runs when a prefix is added — {@link IpPlan#prefix} on the request text, then
 * {@link Lan#addPrefix} against every other OPD's prefixes as {@code LanInventory.prefixesOutside} hands them over
 * (OPD code and canonical CIDR text) — over an inventory of 100,000 prefixes in 400 OPDs. The Mongo read of those
 * prefixes is not part of this figure.
 */
@Tag("benchmark")
class IpOverlapBenchmarkTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    static final int OPDS = 400;
    static final int PER_OPD = 250;
    static final int CHECKS = Integer.getInteger("bench.checks", 200);
    static final int ONE_BY_ONE = Integer.getInteger("bench.oneByOne", 20_000);

    @Test
    void anAddedPrefixIsCheckedAgainstOneHundredThousandPrefixes() throws Exception {
        List<ForeignPrefix> inventory = inventory();
        assertThat(inventory).hasSize(OPDS * PER_OPD);
        Random random = new Random(11);

        // free IPv4 prefixes (the whole list is scanned: the worst case) and overlapping ones, in other OPDs' space
        for (int i = 0; i < CHECKS; i++) {
            checkFree(inventory, random);
        }
        long[] accepted = new long[CHECKS];
        for (int i = 0; i < CHECKS; i++) {
            accepted[i] = checkFree(inventory, random);
        }
        long[] accepted6 = new long[CHECKS];
        for (int i = 0; i < CHECKS; i++) {
            // 2001:db9::/32 is not used by the inventory
            String cidr = String.format(Locale.ROOT, "2001:db9:%x::/48", random.nextInt(65536));
            Lan own = Lan.of("OPD-X", NOW);
            long start = System.nanoTime();
            own.addPrefix(IpPlan.prefix("cidr", cidr), null, null, inventory, LanSteward.DINAS, "bench", NOW);
            accepted6[i] = System.nanoTime() - start;
        }
        long[] refused = new long[CHECKS];
        for (int i = 0; i < CHECKS; i++) {
            int opd = random.nextInt(OPDS);
            String cidr = "10." + (opd / 4) + "." + ((opd % 4) * 64 + random.nextInt(48)) + ".128/25";
            Lan own = Lan.of("OPD-X", NOW);
            long start = System.nanoTime();
            assertThatThrownBy(() -> own.addPrefix(IpPlan.prefix("cidr", cidr), null, null, inventory,
                    LanSteward.DINAS, "bench", NOW)).isInstanceOf(RuleViolationException.class);
            refused[i] = System.nanoTime() - start;
        }

        // every prefix added one by one, each checked against those already recorded in other OPDs
        Lan[] lans = new Lan[OPDS];
        for (int o = 0; o < OPDS; o++) {
            lans[o] = Lan.of(opdCode(o), NOW);
        }
        List<ForeignPrefix> recorded = new ArrayList<>();
        int n = Math.min(ONE_BY_ONE, inventory.size());
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ForeignPrefix next = inventory.get(i);
            int opd = Integer.parseInt(next.opdCode().substring(4));
            lans[opd].addPrefix(IpPlan.prefix("cidr", next.cidr()), null, null, recorded, LanSteward.DINAS, "bench",
                    NOW);
            recorded.add(next);
        }
        double oneByOne = (System.nanoTime() - start) / 1e9;

        Arrays.sort(accepted);
        Arrays.sort(refused);
        Arrays.sort(accepted6);
        String report = String.format(Locale.ROOT, "%n## IP overlap check, %,d prefixes in %d OPDs%n%n"
                + "| what | result |%n|---|---|%n"
                + "| check of a free IPv4 prefix (whole inventory scanned), %d after %d warm-ups "
                + "| median %.3f ms, p95 %.3f ms, max %.3f ms |%n"
                + "| check of a free IPv6 prefix (whole inventory scanned), %d | median %.3f ms, p95 %.3f ms |%n"
                + "| check of an overlapping prefix (refused, 422 N3), %d | median %.3f ms, p95 %.3f ms |%n"
                + "| %,d prefixes added one by one, each checked against those already recorded "
                + "| %.2f s (%.3f ms per add) |%n",
                inventory.size(), OPDS, CHECKS, CHECKS, ms(accepted, 0.5), ms(accepted, 0.95), ms(accepted, 1.0),
                CHECKS, ms(accepted6, 0.5), ms(accepted6, 0.95), CHECKS, ms(refused, 0.5), ms(refused, 0.95), n,
                oneByOne, oneByOne * 1000 / n);
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-results.md"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);

        assertThat(ms(accepted, 0.5)).as("median ms per overlap check over 100,000 prefixes").isLessThan(100.0);
    }

    private static long checkFree(List<ForeignPrefix> inventory, Random random) {
        // 172.16/12 is not used by the inventory: the check must scan everything and accept
        String cidr = "172." + (16 + random.nextInt(16)) + "." + random.nextInt(256) + ".0/24";
        Lan own = Lan.of("OPD-X", NOW);
        long start = System.nanoTime();
        own.addPrefix(IpPlan.prefix("cidr", cidr), null, null, inventory, LanSteward.DINAS, "bench", NOW);
        return System.nanoTime() - start;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static String opdCode(int o) {
        return String.format(Locale.ROOT, "OPD-%03d", o);
    }

    /**
     * 400 OPDs × 250 prefixes, deterministic: each OPD owns a /18 of 10/8 (recorded), 48 /24s in it, 128 /28s in
     * eight more of its /24s, its own IPv6 /48 and 72 /64s in it. Nesting is within an OPD only, so the whole
     * inventory is a valid region-wide plan, and its order (aggregate first) is one an operator would follow.
     */
    static List<ForeignPrefix> inventory() {
        List<ForeignPrefix> all = new ArrayList<>(OPDS * PER_OPD);
        for (int o = 0; o < OPDS; o++) {
            String code = opdCode(o);
            String v4 = "10." + (o / 4) + ".";
            int base = (o % 4) * 64;
            all.add(new ForeignPrefix(code, v4 + base + ".0/18"));
            for (int i = 0; i < 48; i++) {
                all.add(new ForeignPrefix(code, v4 + (base + i) + ".0/24"));
            }
            for (int i = 0; i < 128; i++) {
                all.add(new ForeignPrefix(code, v4 + (base + 48 + i / 16) + "." + (i % 16) * 16 + "/28"));
            }
            String v6 = String.format(Locale.ROOT, "2001:db8:%x", o);
            all.add(new ForeignPrefix(code, v6 + "::/48"));
            for (int i = 0; i < 72; i++) {
                all.add(new ForeignPrefix(code, String.format(Locale.ROOT, "%s:%x::/64", v6, i)));
            }
        }
        return all;
    }
}
