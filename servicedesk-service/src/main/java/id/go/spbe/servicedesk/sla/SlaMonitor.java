package id.go.spbe.servicedesk.sla;

import id.go.spbe.platform.scheduling.ScheduledJob;
import id.go.spbe.platform.scheduling.ScheduledJobs;
import id.go.spbe.servicedesk.roster.ServicedeskRegulation;
import id.go.spbe.servicedesk.sla.domain.ClockKind;
import id.go.spbe.servicedesk.sla.domain.ClockState;
import id.go.spbe.servicedesk.sla.domain.SlaEngine;
import id.go.spbe.servicedesk.sla.domain.SlaReport;
import id.go.spbe.servicedesk.ticket.TicketAutomation;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketStatus;
import id.go.spbe.servicedesk.ticket.domain.Tier;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLA monitor (S5): every {@code servicedesk.sla.monitor-interval}, on one replica at a time (the platform's
 * lease), it recomputes the clocks of every open ticket from its facts and raises SlaWarning and SlaBreached once
 * per clock (the ticket records what it raised, in the same write as the event, so repeated ticks, other replicas
 * and restarts raise nothing twice). A Tier 1 ticket nobody took within its time to own is escalated to Tier 2
 * automatically (S3), with the rule as its reason.
 */
@Component
public class SlaMonitor {

    public static final String JOB = "sla-monitor";
    private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);

    private final TicketAutomation tickets;
    private final SlaClocks clocks;
    private final ServicedeskRegulation regulation;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ScheduledJob job;
    private final Duration interval;

    SlaMonitor(ScheduledJobs jobs, TicketAutomation tickets, SlaClocks clocks, ServicedeskRegulation regulation,
            SlaProperties properties, Clock clock, MeterRegistry meters) {
        this.tickets = tickets;
        this.clocks = clocks;
        this.regulation = regulation;
        this.clock = clock;
        this.meters = meters;
        this.interval = properties.monitorInterval();
        this.job = jobs.job(JOB).every(properties.monitorInterval()).schedule(this::tick);
    }

    public ScheduledJob job() {
        return job;
    }

    /**
     * One pass over the open tickets and those that stopped since the previous passes could have seen them (a day,
     * or two cadences when longer); returns how many tickets it changed.
     */
    public int tick() {
        Instant now = clock.instant();
        SlaEngine engine = clocks.engine();
        int[] changed = {0};
        Duration lookBack = interval.multipliedBy(2).compareTo(Duration.ofDays(1)) > 0 ? interval.multipliedBy(2)
                : Duration.ofDays(1);
        tickets.forEachTicketToWatch(now.minus(lookBack), ticket -> {
            SlaReport report = new SlaReport(engine.clocks(ticket.type(), ticket.priority(), ticket.facts(), now),
                    List.of());
            List<Signal> due = signalsDue(ticket, report, now);
            boolean escalate = nobodyTookItInTime(ticket, report, now);
            if (due.isEmpty() && !escalate) {
                return;
            }
            boolean saved = tickets.update(ticket.id(), fresh -> {
                boolean any = false;
                for (Signal s : due) {
                    if (fresh.signalSla(s.clock().name(), s.breached(), s.at(), s.rule(), now)) {
                        meters.counter(s.breached() ? "servicedesk.sla.breaches" : "servicedesk.sla.warnings",
                                "clock", s.clock().name()).increment();
                        any = true;
                    }
                }
                if (escalate && fresh.tier() == Tier.TIER1 && fresh.status() == TicketStatus.NEW) {
                    fresh.escalate("Otomatis: tidak diambil Tier 1 dalam batas waktu pengambilan ("
                            + report.clock(ClockKind.TIME_TO_OWN).target().toMinutes() + " menit kerja, kebijakan v"
                            + report.clock(ClockKind.TIME_TO_OWN).policyVersion() + ")", true, "system", now);
                    any = true;
                }
                return any;
            });
            if (saved) {
                changed[0]++;
            }
        });
        if (changed[0] > 0) {
            log.info("SLA monitor changed {} ticket(s)", changed[0]);
        }
        return changed[0];
    }

    private record Signal(ClockKind clock, boolean breached, Instant at, String rule) {
    }

    private static List<Signal> signalsDue(Ticket ticket, SlaReport report, Instant now) {
        List<Signal> due = new ArrayList<>();
        for (ClockState c : report.clocks()) {
            if (!c.clock().targeted()) {
                continue;
            }
            String rule = "Kebijakan SLA " + ticket.type() + " × " + ticket.priority() + " v" + c.policyVersion()
                    + ": " + c.clock().label() + " " + c.target().toMinutes() + " menit kerja";
            boolean breached = c.breachedAt() != null && !c.breachedAt().isAfter(now);
            if (breached && !ticket.slaSignalled(c.clock().name(), true)) {
                due.add(new Signal(c.clock(), true, c.breachedAt(), rule));
            } else if (!breached && c.stoppedAt() == null && c.warnAt() != null && !c.warnAt().isAfter(now)
                    && !ticket.slaSignalled(c.clock().name(), false)) {
                due.add(new Signal(c.clock(), false, c.dueAt() != null ? c.dueAt() : c.warnAt(), rule));
            }
        }
        return due;
    }

    private boolean nobodyTookItInTime(Ticket ticket, SlaReport report, Instant now) {
        if (!regulation.tiered() || ticket.tier() != Tier.TIER1 || ticket.status() != TicketStatus.NEW) {
            return false;
        }
        Instant breached = report.clock(ClockKind.TIME_TO_OWN).breachedAt();
        return breached != null && !breached.isAfter(now);
    }
}
