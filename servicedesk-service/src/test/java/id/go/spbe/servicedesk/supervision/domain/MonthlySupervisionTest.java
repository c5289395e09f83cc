package id.go.spbe.servicedesk.supervision.domain;

import id.go.spbe.servicedesk.sla.domain.BusinessCalendar;
import id.go.spbe.servicedesk.sla.domain.BusinessHours;
import id.go.spbe.servicedesk.sla.domain.PolicyBook;
import id.go.spbe.servicedesk.sla.domain.PolicyVersion;
import id.go.spbe.servicedesk.sla.domain.SlaEngine;
import id.go.spbe.servicedesk.roster.domain.ServiceDeskModel;
import id.go.spbe.servicedesk.supervision.domain.MonthlySupervision.DeskRow;
import id.go.spbe.servicedesk.supervision.domain.MonthlySupervision.OpdRow;
import id.go.spbe.servicedesk.supervision.domain.MonthlySupervision.Report;
import id.go.spbe.servicedesk.ticket.domain.Category;
import id.go.spbe.servicedesk.ticket.domain.Level;
import id.go.spbe.servicedesk.ticket.domain.NewTicket;
import id.go.spbe.servicedesk.ticket.domain.Priority;
import id.go.spbe.servicedesk.ticket.domain.Routing;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketType;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S4, worked by hand: October 2026 in WIB, the desk working Monday–Friday 08:00–16:00, policy SEDANG = 60 min to own,
 * 240 min to first response, 1,350 min (22.5 business hours) to resolve. The figures are as of 1 November 00:00 WIB,
 * whatever happened to the tickets afterwards.
 */
class MonthlySupervisionTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final Instant LATER = Instant.parse("2026-11-20T03:00:00Z");

    static SlaEngine engine() {
        Map<DayOfWeek, BusinessHours.Window> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            days.put(d, BusinessHours.Window.parse("08:00-16:00"));
        }
        Map<String, List<PolicyVersion>> book = new HashMap<>();
        for (TicketType type : TicketType.values()) {
            for (Priority p : Priority.values()) {
                book.put(PolicyBook.key(type, p), new ArrayList<>(List.of(new PolicyVersion(1,
                        Instant.parse("2020-01-01T00:00:00Z"), 60, 240, 1350, "awal", "system"))));
            }
        }
        return new SlaEngine(new BusinessCalendar(WIB, new BusinessHours(days), Map.of()), new PolicyBook(book), 0.8);
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    static Ticket open(String opd, ServiceDeskModel model, String local) {
        NewTicket form = new NewTicket(TicketType.GANGGUAN, Category.PERANGKAT, "Printer mati", "Tidak menyala",
                Level.SEDANG, Level.SEDANG, null, null);
        return Ticket.open(form, opd, "pemohon." + opd, "WEB", null,
                Routing.decide(model, Category.PERANGKAT, opd, true), at(local));
    }

    /** DINKES's October, ticket by ticket (each comment says why it counts where it does). */
    static List<Ticket> dinkesOctober(ServiceDeskModel model) {
        List<Ticket> tickets = new ArrayList<>();
        // t1: Monday 5 Oct, owned in 10 min, answered in 20, resolved in an hour: every target met; rated 5 on 7 Oct.
        Ticket t1 = open("DINKES", model, "2026-10-05T09:00");
        t1.assign("teknisi", "teknisi", at("2026-10-05T09:10"));
        t1.comment("Sedang dicek", false, true, "teknisi", at("2026-10-05T09:20"));
        t1.resolve("Kabel diganti", "teknisi", at("2026-10-05T10:00"));
        t1.close("pemohon.DINKES", at("2026-10-06T09:00"));
        t1.rateSatisfaction(5, "cepat", "pemohon.DINKES", at("2026-10-07T09:00"));
        tickets.add(t1);
        // t2: Tuesday 6 Oct, escalated unowned after an hour, owned by Tier 2 at 11:00 (2 h > 60 min: time to own
        // breached), resolved at Tier 2 on 7 Oct 10:00: resolved, SLA not met.
        Ticket t2 = open("DINKES", model, "2026-10-06T09:00");
        if (model == ServiceDeskModel.TIERED) {
            t2.escalate("butuh akses server", false, "teknisi", at("2026-10-06T10:00"));
        }
        t2.assign("agen.tier2", "agen.tier2", at("2026-10-06T11:00"));
        t2.comment("Ditangani", false, true, "agen.tier2", at("2026-10-06T11:05"));
        t2.resolve("Server dipulihkan", "agen.tier2", at("2026-10-07T10:00"));
        tickets.add(t2);
        // t3: Tuesday 20 Oct, never resolved: backlog at 1 Nov 00:00, age 11 d 15 h = 11.6 days.
        Ticket t3 = open("DINKES", model, "2026-10-20T09:00");
        t3.assign("teknisi", "teknisi", at("2026-10-20T09:30"));
        tickets.add(t3);
        // t4: Wednesday 30 Sep, resolved Thursday 1 Oct 09:00 within every target (3 business hours): resolved in
        // October (not opened in it); rated 2 on 3 Nov, outside October.
        Ticket t4 = open("DINKES", model, "2026-09-30T14:00");
        t4.assign("teknisi", "teknisi", at("2026-09-30T14:10"));
        t4.comment("Dicek besok pagi", false, true, "teknisi", at("2026-09-30T14:30"));
        t4.resolve("Toner diganti", "teknisi", at("2026-10-01T09:00"));
        t4.close("pemohon.DINKES", at("2026-11-02T09:00"));
        t4.rateSatisfaction(2, null, "pemohon.DINKES", at("2026-11-03T09:00"));
        tickets.add(t4);
        // t5: opened 2 Nov: not October's.
        tickets.add(open("DINKES", model, "2026-11-02T09:00"));
        // t6: resolved 28 Oct but reopened 2 Nov: still resolved at October's end, so October counts it as resolved.
        Ticket t6 = open("DINKES", model, "2026-10-28T08:00");
        t6.assign("teknisi", "teknisi", at("2026-10-28T08:30"));
        t6.comment("Oke", false, true, "teknisi", at("2026-10-28T08:40"));
        t6.resolve("Diatur ulang", "teknisi", at("2026-10-28T09:00"));
        t6.reopen("masih mati", java.time.Duration.ofDays(14), "pemohon.DINKES", at("2026-11-02T08:00"));
        tickets.add(t6);
        return tickets;
    }

    static Report october(ServiceDeskModel model) {
        MonthlySupervision supervision = new MonthlySupervision(OCTOBER, WIB, model == ServiceDeskModel.TIERED,
                engine(), LATER);
        supervision.opd("DINKES").opd("DISDIK");
        dinkesOctober(model).forEach(supervision::add);
        return supervision.report(Map.of("DINKES", "Dinas Kesehatan", "DISDIK", "Dinas Pendidikan"));
    }

    @Test
    void perOpdTier1PerformanceOfAMonth_S4() {
        Report report = october(ServiceDeskModel.TIERED);

        assertThat(report.from()).isEqualTo(Instant.parse("2026-09-30T17:00:00Z"));
        assertThat(report.asOf()).isEqualTo(Instant.parse("2026-10-31T17:00:00Z"));
        assertThat(report.complete()).isTrue();
        OpdRow dinkes = report.opds().get(0);
        assertThat(dinkes.opd()).isEqualTo("DINKES");
        assertThat(dinkes.name()).isEqualTo("Dinas Kesehatan");
        assertThat(dinkes.opened()).isEqualTo(4);             // t1, t2, t3, t6
        assertThat(dinkes.openedAtTier1()).isEqualTo(4);
        assertThat(dinkes.escalated()).isEqualTo(1);          // t2
        assertThat(dinkes.escalationRatePercent()).isEqualTo(25.0);
        assertThat(dinkes.resolved()).isEqualTo(4);           // t1, t2, t4, t6
        assertThat(dinkes.slaMet()).isEqualTo(3);             // all but t2
        assertThat(dinkes.slaMetPercent()).isEqualTo(75.0);
        assertThat(dinkes.backlog()).isEqualTo(1);            // t3
        assertThat(dinkes.backlogAverageAgeDays()).isEqualTo(11.6);
        assertThat(dinkes.backlogOldestAgeDays()).isEqualTo(11);
        assertThat(dinkes.csatCount()).isEqualTo(1);          // t1's 5; t4's 2 came in November
        assertThat(dinkes.csatAverage()).isEqualTo(5.0);

        OpdRow disdik = report.opds().get(1);
        assertThat(disdik).isEqualTo(new OpdRow("DISDIK", "Dinas Pendidikan", 0, 0L, 0L, null, 0, 0, null, 0, null,
                null, 0, null));
        assertThat(report.total().opened()).isEqualTo(4);
        assertThat(report.total().slaMetPercent()).isEqualTo(75.0);
    }

    @Test
    void tier1AndTier2AreMeasuredApart_S4_S3() {
        Report report = october(ServiceDeskModel.TIERED);

        assertThat(report.desks()).extracting(DeskRow::desk).containsExactly(Tier.TIER1, Tier.TIER2);
        DeskRow tier1 = report.desks().get(0);
        assertThat(tier1.received()).isEqualTo(4);
        assertThat(tier1.resolved()).isEqualTo(3);            // t1, t4, t6
        assertThat(tier1.slaMetPercent()).isEqualTo(100.0);
        assertThat(tier1.backlog()).isEqualTo(1);
        DeskRow tier2 = report.desks().get(1);
        assertThat(tier2.received()).isEqualTo(1);            // t2's escalation
        assertThat(tier2.resolved()).isEqualTo(1);
        assertThat(tier2.slaMetPercent()).isEqualTo(0.0);
        assertThat(tier2.backlog()).isZero();
        // t2 at Tier 2: 6 Oct 10:00–16:00 (6 h) + 7 Oct 08:00–10:00 (2 h) = 8 business hours held
        assertThat(tier2.averageBusinessHoursHeld()).isEqualTo(8.0);
    }

    @Test
    void aOneTierRegionHasOneServiceCentreAndNoEscalationFigures_S4_S2() {
        Report report = october(ServiceDeskModel.SERVICE_CENTRE);

        assertThat(report.tiered()).isFalse();
        assertThat(report.desks()).extracting(DeskRow::desk).containsExactly(Tier.SERVICE_CENTRE);
        OpdRow dinkes = report.opds().get(0);
        assertThat(dinkes.openedAtTier1()).isNull();
        assertThat(dinkes.escalated()).isNull();
        assertThat(dinkes.escalationRatePercent()).isNull();
        assertThat(dinkes.opened()).isEqualTo(4);
        assertThat(dinkes.resolved()).isEqualTo(4);
        assertThat(dinkes.slaMet()).isEqualTo(3);             // t2 still owned two hours late
        DeskRow centre = report.desks().get(0);
        assertThat(centre.received()).isEqualTo(4);
        assertThat(centre.resolved()).isEqualTo(4);
        assertThat(centre.backlog()).isEqualTo(1);
    }

    @Test
    void theRunningMonthCountsUntilNow_S4() {
        MonthlySupervision supervision = new MonthlySupervision(OCTOBER, WIB, true, engine(),
                at("2026-10-21T09:00"));
        dinkesOctober(ServiceDeskModel.TIERED).forEach(supervision::add);
        Report report = supervision.report(Map.of());

        assertThat(report.complete()).isFalse();
        OpdRow dinkes = report.opds().get(0);
        assertThat(dinkes.name()).isEqualTo("DINKES");
        assertThat(dinkes.opened()).isEqualTo(3);             // t6 not opened yet
        assertThat(dinkes.backlog()).isEqualTo(1);            // t3, one day old
        assertThat(dinkes.backlogOldestAgeDays()).isEqualTo(1);
    }
}
