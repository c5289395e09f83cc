package id.go.spbe.servicedesk.sla.domain;

import id.go.spbe.platform.profile.RegionProfile;
import id.go.spbe.platform.test.profile.RegionProfiles;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import id.go.spbe.servicedesk.ticket.domain.TicketFact;
import id.go.spbe.servicedesk.ticket.domain.TicketFact.Kind;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S5, worked by hand. The desk works Monday to Friday 08:00–16:00 local time (8 business hours a day); holidays and
 * cuti bersama come from the lists the service ships (copied from shared/data/holidays), the time zones from the
 * shipped regulation profiles. Each case states the arithmetic it checks.
 */
class SlaEngineTest {

    static final ZoneId WIB = zoneOf("rejang-lebong");
    static final ZoneId WIT = zoneOf("maluku-tenggara");
    static final TicketType T = TicketType.GANGGUAN;

    static ZoneId zoneOf(String profile) {
        return RegionProfiles.bind(profile, "spbe.regulation", RegionProfile.class).region().timeZone();
    }

    static BusinessCalendar calendar(ZoneId zone) {
        Map<DayOfWeek, BusinessHours.Window> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(d, BusinessHours.Window.parse("08:00-16:00"));
        }
        Map<LocalDate, NonWorkingDay> holidays = new HashMap<>();
        for (String year : List.of("2025", "2026", "2027")) {
            try (InputStream in = SlaEngineTest.class.getResourceAsStream("/calendar/" + year + ".csv")) {
                HolidayCsv.read(in).forEach(h -> holidays.put(h.date(), h));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return new BusinessCalendar(zone, new BusinessHours(days), holidays);
    }

    /** Targets in business minutes: time to own, first response, resolution. */
    static PolicyBook book(int own, int response, int resolution) {
        Map<String, List<PolicyVersion>> all = new HashMap<>();
        for (Priority p : Priority.values()) {
            all.put(PolicyBook.key(T, p), new ArrayList<>(List.of(
                    new PolicyVersion(1, Instant.parse("2020-01-01T00:00:00Z"), own, response, resolution, "awal",
                            "system"))));
        }
        return new PolicyBook(all);
    }

    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    static TicketFact fact(Kind kind, Instant at) {
        return new TicketFact(kind, at, "agen", Tier.TIER1, kind == Kind.REPRIORITIZED ? "SEDANG→KRITIS" : null);
    }

    @Test
    void aClockStandsStillOverTheWeekend_S5() {
        // Friday 2026-11-27 15:00 WIB, 4 h: Friday 15–16 (1 h), Saturday and Sunday skipped, Monday 08:00 + 3 h.
        Instant opened = at(WIB, "2026-11-27T15:00");
        SlaReport report = new SlaEngine(calendar(WIB), book(60, 120, 240), 0.8).compute(T, Priority.SEDANG,
                List.of(fact(Kind.OPENED, opened)), opened.plusSeconds(60));
        ClockState resolution = report.clock(ClockKind.RESOLUTION);
        assertThat(resolution.dueAt()).isEqualTo(at(WIB, "2026-11-30T11:00"));
        assertThat(resolution.dueAt()).isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
        assertThat(resolution.status()).isEqualTo(ClockState.Status.RUNNING);
    }

    @Test
    void aNationalHolidayAndCutiBersamaFromTheSharedDataAreNotCounted_S5() {
        // Wednesday 2026-05-13 14:00 WIB, 8 h: Wednesday 14–16 (2 h); Thursday 05-14 is Kenaikan Yesus Kristus
        // (libur nasional), Friday 05-15 cuti bersama, then the weekend; Monday 05-18 08:00 + 6 h = 14:00 WIB.
        Instant opened = at(WIB, "2026-05-13T14:00");
        Instant now = at(WIB, "2026-05-18T09:00");
        SlaReport report = new SlaEngine(calendar(WIB), book(60, 120, 480), 0.8).compute(T, Priority.SEDANG,
                List.of(fact(Kind.OPENED, opened)), now);
        ClockState resolution = report.clock(ClockKind.RESOLUTION);
        assertThat(resolution.dueAt()).isEqualTo(at(WIB, "2026-05-18T14:00"));
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(3)); // 2 h Wednesday + 1 h Monday
        var gaps = report.timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.CALENDAR_GAP).toList();
        var long_ = gaps.stream().filter(g -> g.at().equals(at(WIB, "2026-05-13T16:00"))).findFirst().orElseThrow();
        assertThat(long_.until()).isEqualTo(at(WIB, "2026-05-18T08:00"));
        assertThat(long_.description()).contains("Kenaikan Yesus Kristus", "Cuti Bersama Kenaikan Yesus Kristus");
        assertThat(long_.rule()).contains("LIBUR_NASIONAL");
        // time to own (60 min) was breached at Wednesday 15:00 and the timeline says by which rule
        var breach = report.timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.BREACH
                && e.clock() == ClockKind.TIME_TO_OWN).findFirst().orElseThrow();
        assertThat(breach.at()).isEqualTo(at(WIB, "2026-05-13T15:00"));
        assertThat(breach.rule()).isEqualTo("Kebijakan SLA GANGGUAN × SEDANG v1: waktu pengambilan 60 menit kerja");
    }

    @Test
    void theSameTicketIsDueAtDifferentInstantsInWitAndWib_S5() {
        // Opened Wednesday 2026-11-25 02:00 UTC = 09:00 WIB = 11:00 WIT; 6 h of business time.
        // WIB: 09:00 + 6 h = 15:00 WIB the same day = 08:00 UTC.
        // WIT: 11:00–16:00 (5 h), Thursday 08:00 + 1 h = 09:00 WIT = Thursday 00:00 UTC.
        Instant opened = Instant.parse("2026-11-25T02:00:00Z");
        List<TicketFact> facts = List.of(new TicketFact(Kind.OPENED, opened, "opd", Tier.TIER1, null));
        Instant wib = new SlaEngine(calendar(WIB), book(60, 120, 360), 0.8).compute(T, Priority.SEDANG, facts,
                opened).clock(ClockKind.RESOLUTION).dueAt();
        Instant wit = new SlaEngine(calendar(WIT), book(60, 120, 360), 0.8).compute(T, Priority.SEDANG, facts,
                opened).clock(ClockKind.RESOLUTION).dueAt();
        assertThat(WIB).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(WIT).isEqualTo(ZoneId.of("Asia/Jayapura"));
        assertThat(wib).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
        assertThat(wit).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
    }

    /** Monday 2026-11-23 08:00 WIB opened, 08:30 assigned, 10:00 waiting, Tuesday 09:00 resumed. */
    static List<TicketFact> pausedTicket() {
        return new ArrayList<>(List.of(fact(Kind.OPENED, at(WIB, "2026-11-23T08:00")),
                fact(Kind.ASSIGNED, at(WIB, "2026-11-23T08:30")),
                fact(Kind.WAITING, at(WIB, "2026-11-23T10:00")),
                fact(Kind.RESUMED, at(WIB, "2026-11-24T09:00"))));
    }

    @Test
    void waitingForTheRequesterPausesTheClocksAndResumingGoesOn_S5() {
        // 8 h: 2 h ran before the pause (08–10); the pause holds Monday 10–16 and Tuesday 08–09 (7 business hours);
        // the remaining 6 h run from Tuesday 09:00 → 15:00 WIB. Without the pause it would be due Monday 16:00.
        SlaEngine engine = new SlaEngine(calendar(WIB), book(60, 120, 480), 0.8);
        SlaReport whilePaused = engine.compute(T, Priority.SEDANG, pausedTicket().subList(0, 3),
                at(WIB, "2026-11-23T15:00"));
        assertThat(whilePaused.clock(ClockKind.RESOLUTION).status()).isEqualTo(ClockState.Status.PAUSED);
        assertThat(whilePaused.clock(ClockKind.RESOLUTION).dueAt()).isNull();
        assertThat(whilePaused.clock(ClockKind.RESOLUTION).elapsed()).isEqualTo(Duration.ofHours(2));

        SlaReport resumed = engine.compute(T, Priority.SEDANG, pausedTicket(), at(WIB, "2026-11-24T10:00"));
        ClockState resolution = resumed.clock(ClockKind.RESOLUTION);
        assertThat(resolution.status()).isEqualTo(ClockState.Status.RUNNING);
        assertThat(resolution.dueAt()).isEqualTo(at(WIB, "2026-11-24T15:00"));
        assertThat(resolution.pausedBusiness()).isEqualTo(Duration.ofHours(7));
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(3));
        assertThat(resumed.clock(ClockKind.TIME_TO_OWN).status()).isEqualTo(ClockState.Status.MET);
        assertThat(resumed.clock(ClockKind.TIME_TO_OWN).elapsed()).isEqualTo(Duration.ofMinutes(30));
        // the monitor's fast path (no timeline) gives exactly the same clocks
        assertThat(engine.clocks(T, Priority.SEDANG, pausedTicket(), at(WIB, "2026-11-24T10:00")))
                .isEqualTo(resumed.clocks());
        assertThat(resumed.timeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.PAUSE);
            assertThat(e.at()).isEqualTo(at(WIB, "2026-11-23T10:00"));
            assertThat(e.until()).isEqualTo(at(WIB, "2026-11-24T09:00"));
        });
    }

    @Test
    void aPriorityChangeRecomputesFromTheOpeningAndKeepsThePauseAlreadyAccrued_S5() {
        // As above, then Tuesday 10:00 the priority rises SEDANG → KRITIS, whose resolution target is 4 h.
        // Retroactively: 2 h before the pause + 2 h from Tuesday 09:00 → due Tuesday 11:00 WIB, not breached.
        // Had the pause been forgotten (GLPI#15605), 4 h from Monday 08:00 would have been breached Monday 12:00.
        Map<String, List<PolicyVersion>> all = new HashMap<>(book(60, 120, 480).versions());
        all.put(PolicyBook.key(T, Priority.KRITIS), List.of(new PolicyVersion(1,
                Instant.parse("2020-01-01T00:00:00Z"), 15, 30, 240, "awal", "system")));
        List<TicketFact> facts = pausedTicket();
        facts.add(fact(Kind.REPRIORITIZED, at(WIB, "2026-11-24T10:00")));
        SlaReport report = new SlaEngine(calendar(WIB), new PolicyBook(all), 0.8).compute(T, Priority.KRITIS,
                facts, at(WIB, "2026-11-24T10:00"));
        ClockState resolution = report.clock(ClockKind.RESOLUTION);
        assertThat(resolution.status()).isEqualTo(ClockState.Status.RUNNING);
        assertThat(resolution.breachedAt()).isNull();
        assertThat(resolution.dueAt()).isEqualTo(at(WIB, "2026-11-24T11:00"));
        assertThat(resolution.pausedBusiness()).isEqualTo(Duration.ofHours(7));
        assertThat(resolution.target()).isEqualTo(Duration.ofHours(4));
        // the stricter time to own (15 min) is applied retroactively too: taken after 30 min, so breached at 08:15
        assertThat(report.clock(ClockKind.TIME_TO_OWN).breachedAt()).isEqualTo(at(WIB, "2026-11-23T08:15"));
        assertThat(report.timeline()).anySatisfy(e -> assertThat(e.kind())
                .isEqualTo(TimelineEntry.Kind.PRIORITY_CHANGED));
    }

    @Test
    void aPolicyEditedMidTicketAppliesToRunningClocksButNotToOnesThatAlreadyStopped_S5() {
        // v1: own 60, response 120, resolution 480. Monday 10:00 v2: own 20, response 120, resolution 600.
        // Resolution (running): 600 min from Monday 08:00 = Monday 16:00 + 2 h = Tuesday 10:00 WIB.
        // Time to own stopped at 08:30 under v1 (30 ≤ 60: met); v2 would have called it breached.
        Map<String, List<PolicyVersion>> all = new HashMap<>(book(60, 120, 480).versions());
        all.put(PolicyBook.key(T, Priority.SEDANG), List.of(
                new PolicyVersion(1, Instant.parse("2020-01-01T00:00:00Z"), 60, 120, 480, "awal", "system"),
                new PolicyVersion(2, at(WIB, "2026-11-23T10:00"), 20, 120, 600, "beban kerja", "admin.dinas")));
        List<TicketFact> facts = pausedTicket().subList(0, 2);
        SlaReport report = new SlaEngine(calendar(WIB), new PolicyBook(all), 0.8).compute(T, Priority.SEDANG,
                facts, at(WIB, "2026-11-23T11:00"));
        ClockState resolution = report.clock(ClockKind.RESOLUTION);
        assertThat(resolution.policyVersion()).isEqualTo(2);
        assertThat(resolution.dueAt()).isEqualTo(at(WIB, "2026-11-24T10:00"));
        ClockState own = report.clock(ClockKind.TIME_TO_OWN);
        assertThat(own.policyVersion()).isEqualTo(1);
        assertThat(own.status()).isEqualTo(ClockState.Status.MET);
        assertThat(report.timeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.POLICY_REVISED);
            assertThat(e.at()).isEqualTo(at(WIB, "2026-11-23T10:00"));
            assertThat(e.description()).contains("v2", "admin.dinas");
        });
    }

    @Test
    void theWarningComesAtEightyPercentAndTheOlaClocksMeasureEachTierSeparately_S5() {
        // Opened Monday 08:00 at Tier 1, escalated 09:00, resolved 11:00: Tier 1 held it 1 h, Tier 2 2 h.
        // Resolution target 4 h: the warning was due at 3 h 12 min (11:12), i.e. never reached.
        List<TicketFact> facts = List.of(
                new TicketFact(Kind.OPENED, at(WIB, "2026-11-23T08:00"), "opd", Tier.TIER1, null),
                new TicketFact(Kind.ESCALATED, at(WIB, "2026-11-23T09:00"), "t1", Tier.TIER2, "butuh akses server"),
                new TicketFact(Kind.ASSIGNED, at(WIB, "2026-11-23T09:30"), "t2", Tier.TIER2, "t2"),
                new TicketFact(Kind.RESOLVED, at(WIB, "2026-11-23T11:00"), "t2", Tier.TIER2, null));
        SlaReport report = new SlaEngine(calendar(WIB), book(60, 120, 240), 0.8).compute(T, Priority.SEDANG,
                facts, at(WIB, "2026-11-25T08:00"));
        assertThat(report.clock(ClockKind.OLA_TIER1).elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(report.clock(ClockKind.OLA_TIER2).elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(report.clock(ClockKind.RESOLUTION).status()).isEqualTo(ClockState.Status.MET);
        assertThat(report.clock(ClockKind.RESOLUTION).warnAt()).isNull();
        assertThat(report.clocks()).noneMatch(c -> c.clock() == ClockKind.OLA_SERVICE_CENTRE);

        SlaReport running = new SlaEngine(calendar(WIB), book(60, 120, 240), 0.8).compute(T, Priority.SEDANG,
                facts.subList(0, 3), at(WIB, "2026-11-23T09:45"));
        assertThat(running.clock(ClockKind.RESOLUTION).warnAt()).isEqualTo(at(WIB, "2026-11-23T11:12"));
        assertThat(running.clock(ClockKind.RESOLUTION).dueAt()).isEqualTo(at(WIB, "2026-11-23T12:00"));
    }

    @Test
    void aReopenedTicketsResolutionClockRunsOnFromWhereItStopped_S5() {
        // Resolved Monday 10:00 after 2 h, reopened Wednesday 08:00: the 2 days in between do not count;
        // 4 h target → 2 h left → due Wednesday 10:00.
        List<TicketFact> facts = List.of(fact(Kind.OPENED, at(WIB, "2026-11-23T08:00")),
                fact(Kind.ASSIGNED, at(WIB, "2026-11-23T08:10")),
                fact(Kind.RESOLVED, at(WIB, "2026-11-23T10:00")),
                fact(Kind.REOPENED, at(WIB, "2026-11-25T08:00")));
        ClockState resolution = new SlaEngine(calendar(WIB), book(60, 120, 240), 0.8).compute(T, Priority.SEDANG,
                facts, at(WIB, "2026-11-25T08:30")).clock(ClockKind.RESOLUTION);
        assertThat(resolution.dueAt()).isEqualTo(at(WIB, "2026-11-25T10:00"));
        assertThat(resolution.stoppedAt()).isNull();
    }
}
