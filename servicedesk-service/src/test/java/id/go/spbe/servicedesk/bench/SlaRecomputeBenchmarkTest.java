package id.go.spbe.servicedesk.bench;

import id.go.spbe.platform.test.bench.BenchmarkReport;
import id.go.spbe.servicedesk.sla.domain.BusinessCalendar;
import id.go.spbe.servicedesk.sla.domain.BusinessHours;
import id.go.spbe.servicedesk.sla.domain.ClockState;
import id.go.spbe.servicedesk.sla.domain.HolidayCsv;
import id.go.spbe.servicedesk.sla.domain.NonWorkingDay;
import id.go.spbe.servicedesk.sla.domain.PolicyBook;
import id.go.spbe.servicedesk.sla.domain.PolicyVersion;
import id.go.spbe.servicedesk.sla.domain.SlaEngine;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.TicketFact.Kind;
import id.go.spbe.servicedesk.ticket.domain.TicketFact;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's quality bar: recompute the SLA clocks of 1,000,000 tickets in at most 10 s on one core (S5). The real
 * engine ({@link SlaEngine#clocks}, what the SLA monitor and the queue run) with the shipped calendar (the default
 * working hours, the 2025–2027 national holidays and cuti bersama of {@code resources/calendar}) and the default
 * policies plus a revision on 1 January 2026, over event histories generated deterministically
 * ({@code java.util.Random}, seed {@code bench.seed}): openings at any hour of any day from January 2025 (so weekends,
 * nights and holidays fall inside the clocks), assignments, first answers, waits for the requester of 1–5 days
 * (pauses), escalations, priority changes, resolutions, closures and reopenings. One thread; the histories are built
 * first and held in memory (the heap they take is reported), then every ticket is computed in a cold pass and again
 * in two warm passes. Asserted: the cold pass's CPU time ≤ 10 s. Run with {@code -Pbenchmark} (BENCHMARKS.md).
 */
@Tag("benchmark")
class SlaRecomputeBenchmarkTest {

    static final int TICKETS = Integer.getInteger("bench.tickets", 1_000_000);
    static final long SEED = Long.getLong("bench.seed", 20_261_130L);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Instant FIRST = LocalDate.of(2025, 1, 1).atStartOfDay(WIB).toInstant();
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    record History(TicketType type, Priority priority, List<TicketFact> facts) {
    }

    static BusinessCalendar calendar() {
        Map<DayOfWeek, BusinessHours.Window> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(d, BusinessHours.Window.parse("07:30-16:00"));
        }
        days.put(DayOfWeek.FRIDAY, BusinessHours.Window.parse("07:30-16:30"));
        Map<LocalDate, NonWorkingDay> holidays = new HashMap<>();
        for (String year : List.of("2025", "2026", "2027")) {
            try (InputStream in = SlaRecomputeBenchmarkTest.class.getResourceAsStream("/calendar/" + year + ".csv")) {
                HolidayCsv.read(in).forEach(h -> holidays.put(h.date(), h));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new BusinessCalendar(WIB, new BusinessHours(days), holidays);
    }

    /** The service's default targets (README), and a tighter resolution target for KRITIS/TINGGI from 2026. */
    static PolicyBook policies() {
        int[][] targets = {{15, 30, 240}, {30, 60, 480}, {60, 240, 1350}, {240, 480, 2250}};
        Map<String, List<PolicyVersion>> book = new HashMap<>();
        for (TicketType type : TicketType.values()) {
            for (Priority p : Priority.values()) {
                int[] t = targets[p.ordinal()];
                List<PolicyVersion> versions = new ArrayList<>();
                versions.add(new PolicyVersion(1, Instant.parse("2024-01-01T00:00:00Z"), t[0], t[1], t[2], "awal",
                        "system"));
                if (p.ordinal() <= 1) {
                    versions.add(new PolicyVersion(2, Instant.parse("2025-12-31T17:00:00Z"), t[0], t[1],
                            t[2] * 3 / 4, "tinjauan 2026", "admin.dinas"));
                }
                book.put(PolicyBook.key(type, p), versions);
            }
        }
        return new PolicyBook(book);
    }

    /** One ticket's history; facts never lie after {@link #NOW}. */
    static History history(Random r) {
        TicketType type = TicketType.values()[r.nextInt(TicketType.values().length)];
        Priority priority = Priority.values()[r.nextInt(Priority.values().length)];
        long span = Duration.between(FIRST, NOW).toMinutes() - 60;
        Instant t = FIRST.plus(Duration.ofMinutes((long) (span * Math.sqrt(r.nextDouble())))); // more recent ones
        Tier tier = r.nextInt(10) == 0 ? Tier.TIER2 : Tier.TIER1;
        List<TicketFact> facts = new ArrayList<>(8);
        facts.add(new TicketFact(Kind.OPENED, t, "pemohon", tier, priority.name()));
        Builder b = new Builder(facts, r, tier);
        if (!b.next(t, r.nextInt(5) == 0 ? 60 * 24 : 240, Kind.ASSIGNED)) {
            return new History(type, priority, facts);
        }
        if (r.nextInt(10) < 8 && !b.next(b.at, 120, Kind.RESPONDED)) {
            return new History(type, priority, facts);
        }
        if (r.nextInt(10) < 3) {
            if (!b.next(b.at, 600, Kind.WAITING) || !b.next(b.at, 60 * 24 * 5, Kind.RESUMED)) {
                return new History(type, priority, facts);
            }
        }
        if (b.tier == Tier.TIER1 && r.nextInt(100) < 15) {
            b.tier = Tier.TIER2;
            if (!b.next(b.at, 60 * 8, Kind.ESCALATED) || !b.next(b.at, 60 * 24, Kind.ASSIGNED)) {
                return new History(type, priority, facts);
            }
        }
        if (r.nextInt(10) == 0) {
            Priority was = priority;
            priority = Priority.values()[r.nextInt(Priority.values().length)];
            facts.add(new TicketFact(Kind.REPRIORITIZED, b.at, "agen", b.tier, was + "→" + priority));
        }
        if (b.next(b.at, 60 * 24 * 10, Kind.RESOLVED) && r.nextInt(10) < 7) {
            if (r.nextInt(30) == 0) {
                if (b.next(b.at, 60 * 24 * 3, Kind.REOPENED)) {
                    b.next(b.at, 60 * 24 * 2, Kind.RESOLVED);
                }
            } else {
                b.next(b.at, 60 * 24 * 3, Kind.CLOSED);
            }
        }
        return new History(type, priority, facts);
    }

    private static final class Builder {
        final List<TicketFact> facts;
        final Random r;
        Tier tier;
        Instant at;

        Builder(List<TicketFact> facts, Random r, Tier tier) {
            this.facts = facts;
            this.r = r;
            this.tier = tier;
            this.at = facts.get(0).at();
        }

        /** Adds {@code kind} 1..{@code maxMinutes} minutes after {@code after}, unless that is after now. */
        boolean next(Instant after, int maxMinutes, Kind kind) {
            Instant when = after.plus(Duration.ofMinutes(1 + r.nextInt(maxMinutes)));
            if (!when.isBefore(NOW)) {
                return false;
            }
            at = when;
            facts.add(new TicketFact(kind, when, "agen", tier, null));
            return true;
        }
    }

    @Test
    void recomputeTheClocksOfAMillionTicketsOnOneCore_S5() {
        Random random = new Random(SEED);
        List<History> histories = new ArrayList<>(TICKETS);
        long facts = 0;
        for (int i = 0; i < TICKETS; i++) {
            History h = history(random);
            facts += h.facts().size();
            histories.add(h);
        }
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long heapWithHistories = memory.getHeapMemoryUsage().getUsed();
        SlaEngine engine = new SlaEngine(calendar(), policies(), 0.8);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] process = new double[3];
        double[] wall = new double[3];
        double[] cpu = new double[3];
        long[] statuses = new long[ClockState.Status.values().length];
        long clocks = 0;
        for (int pass = 0; pass < 3; pass++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long process0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long count = 0;
            for (History h : histories) {
                for (ClockState c : engine.clocks(h.type(), h.priority(), h.facts(), NOW)) {
                    count++;
                    if (pass == 0) {
                        statuses[c.status().ordinal()]++;
                    }
                }
            }
            wall[pass] = (System.nanoTime() - t0) / 1e9;
            cpu[pass] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            process[pass] = (os.getProcessCpuTime() - process0) / 1e9;
            clocks = count;
        }
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        StringBuilder byStatus = new StringBuilder();
        for (ClockState.Status s : ClockState.Status.values()) {
            byStatus.append(s).append(' ').append(String.format(Locale.ROOT, "%,d", statuses[s.ordinal()]))
                    .append("; ");
        }
        BenchmarkReport.write("benchmark-sla-recompute.md", String.format(Locale.ROOT, """
                # SLA clocks of %,d tickets recomputed on one thread

                %s

                | what | result |
                |---|---|
                | histories (facts) | %,d tickets, %,d facts (%.1f per ticket), seed %d |
                | heap used with the histories loaded (after a GC) | %,d MiB; %,d MiB at the end |
                | clocks computed per pass | %,d |
                | **cold pass** (first, with JIT warm-up): wall / thread CPU / process CPU (with GC, JIT) | %.2f s / **%.2f s** / %.2f s |
                | warm passes: wall / thread CPU / process CPU | %.2f s / %.2f s / %.2f s; %.2f s / %.2f s / %.2f s |
                | per ticket, best pass (CPU) | %.2f µs |
                | clock states (cold pass) | %s |
                """, TICKETS, BenchmarkReport.machine(), TICKETS, facts, (double) facts / TICKETS, SEED,
                heapWithHistories / (1024 * 1024), heapAfter / (1024 * 1024), clocks, wall[0], cpu[0], process[0], wall[1],
                cpu[1], process[1], wall[2], cpu[2], process[2], Math.min(cpu[1], cpu[2]) * 1e6 / TICKETS, byStatus));
        assertThat(statuses[ClockState.Status.BREACHED.ordinal()]).isPositive();
        assertThat(statuses[ClockState.Status.MET.ordinal()]).isPositive();
        assertThat(statuses[ClockState.Status.PAUSED.ordinal()]).isPositive();
        assertThat(cpu[0]).as("CPU seconds of the cold pass over %,d tickets", TICKETS).isLessThanOrEqualTo(10.0);
    }
}
