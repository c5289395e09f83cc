package id.go.spbe.servicedesk.sla.web;

import id.go.spbe.platform.security.Caller;
import id.go.spbe.servicedesk.sla.SlaClocks;
import id.go.spbe.servicedesk.sla.domain.ClockKind;
import id.go.spbe.servicedesk.sla.domain.ClockState;
import id.go.spbe.servicedesk.sla.domain.SlaReport;
import id.go.spbe.servicedesk.sla.domain.TimelineEntry;
import id.go.spbe.servicedesk.ticket.TicketDesk;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** A ticket's SLA clocks and the timeline that explains them (S5), recomputed from its facts on every read. */
@RestController
@Tag(name = "SLA", description = "SLA clocks, policies and the business calendar (obligation S5)")
class TicketSlaController {

    /**
     * One clock. Durations are business seconds. {@code targetSeconds} and {@code policyVersion} are null for the
     * OLA clocks, which only measure how long each desk held the ticket.
     */
    record ClockView(ClockKind clock, ClockState.Status status, @Nullable Long targetSeconds,
            @Nullable Integer policyVersion, long elapsedSeconds, long pausedSeconds, Instant startedAt,
            @Nullable Instant stoppedAt, @Nullable Instant dueAt, @Nullable Instant warnAt,
            @Nullable Instant breachedAt) {

        static ClockView of(ClockState c) {
            return new ClockView(c.clock(), c.status(), c.target() == null ? null : c.target().toSeconds(),
                    c.policyVersion(), c.elapsed().toSeconds(), c.pausedBusiness().toSeconds(), c.startedAt(),
                    c.stoppedAt(), c.dueAt(), c.warnAt(), c.breachedAt());
        }
    }

    record TimelineView(Instant at, @Nullable Instant until, TimelineEntry.Kind kind, @Nullable ClockKind clock,
            String description, @Nullable String rule) {

        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.at(), e.until(), e.kind(), e.clock(), e.description(), e.rule());
        }
    }

    record SlaResponse(String ticketId, String timeZone, List<ClockView> clocks, List<TimelineView> timeline) {
    }

    private final TicketDesk desk;
    private final SlaClocks clocks;

    TicketSlaController(TicketDesk desk, SlaClocks clocks) {
        this.desk = desk;
        this.clocks = clocks;
    }

    @GetMapping("/api/v1/tickets/{id:[0-9a-fA-F-]+}/sla")
    @Operation(summary = "The SLA clocks and timeline of a ticket (S5)",
            description = "Recomputed from the ticket's own history with today's calendar and policies: every "
                    + "start, pause, resume, stop, calendar gap (holiday, cuti bersama, weekend, outside hours), "
                    + "priority change, policy revision, warning and breach, each with the rule behind it.")
    SlaResponse sla(@PathVariable String id, Caller caller) {
        Ticket ticket = desk.get(caller, id);
        SlaReport report = clocks.report(ticket);
        return new SlaResponse(ticket.id(), clocks.zone().getId(),
                report.clocks().stream().map(ClockView::of).toList(),
                report.timeline().stream().map(TimelineView::of).toList());
    }
}
