package id.go.spbe.servicedesk.alerts;

import id.go.spbe.servicedesk.alerts.domain.Alert;
import id.go.spbe.servicedesk.alerts.domain.CauseCleared;
import id.go.spbe.servicedesk.ticket.SourceTickets;
import id.go.spbe.servicedesk.ticket.domain.Ticket;
import id.go.spbe.servicedesk.ticket.domain.TicketSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns other services' alarms into tickets, one per cause (S1, S2): an alarm opens a ticket for its subject unless
 * one is still open for it (then it comments there); a clearing event resolves the ticket standing for its cause.
 * <p>
 * Exactly once: the platform's inbox skips an event id this consumer handled, and every ticket records the source
 * event ids it took in the same write as their effect, so a handler that runs again (crash before the inbox
 * marker, a second replica racing) changes nothing. Ordering: producers key these events by their subject (monitor,
 * policy, finding …), so one subject's events arrive in order on one partition; a clearing that still comes first
 * (a replay) is kept for one-time causes and applied when its alarm arrives.
 */
@Service
public class AlertDesk {

    private static final Logger log = LoggerFactory.getLogger(AlertDesk.class);

    private final SourceTickets tickets;
    private final ClearedCauseRepository cleared;
    private final HeldAlarmRepository held;
    private final AlertReplayProperties replay;
    private final Clock clock;
    private final MeterRegistry meters;

    AlertDesk(SourceTickets tickets, ClearedCauseRepository cleared, HeldAlarmRepository held,
            AlertReplayProperties replay, Clock clock, MeterRegistry meters) {
        this.tickets = tickets;
        this.cleared = cleared;
        this.held = held;
        this.replay = replay;
        this.clock = clock;
        this.meters = meters;
    }

    public void raise(Alert alert) {
        raise(alert, false);
    }

    /** A held alarm whose wait is over (see {@link AlertReplay}): its ticket opens now, unless one already did. */
    void promote(HeldAlarm alarm) {
        raise(alarm.alert(), true);
        held.deleteById(alarm.eventId());
    }

    private void raise(Alert alert, boolean promoted) {
        TicketSource source = alert.source();
        if (tickets.took(source.eventId())) {
            count(source.service(), "duplicate");
            return;
        }
        Instant now = clock.instant();
        Optional<Ticket> open = tickets.openFor(source.service(), source.subjectType(), source.subjectId());
        if (open.isEmpty() && !promoted && replayed(source, now)) {
            hold(alert, now);
            return;
        }
        Ticket ticket;
        if (open.isPresent()) {
            ticket = open.get();
            ticket.noteSourceEvent(source.eventId(), alert.cause(), alert.repeatNote(), now);
            ticket = tickets.save(ticket);
            count(source.service(), "commented");
        } else {
            ticket = tickets.open(alert.ticket(), alert.opd(), alert.applicationId(), alert.applicationName(), source,
                    alert.cause());
            count(source.service(), "opened");
        }
        if (alert.cause() != null) {
            Optional<ClearedCause> earlier = cleared.findById(alert.cause());
            if (earlier.isPresent()) {
                ClearedCause c = earlier.get();
                log.info("Alarm {} {} came after its clearing {}; applying it to ticket {}", source.eventType(),
                        source.eventId(), c.eventId(), ticket.id());
                if (ticket.clearCause(c.eventId(), c.note(), clock.instant()) != Ticket.Clearing.ALREADY_TAKEN) {
                    tickets.save(ticket);
                }
            }
        }
    }

    /**
     * An alarm read more than {@code replay-age} after it happened, with no open ticket of its subject: a replay (a
     * consumer group's first start reads the topic from its earliest offset; a reset; a dead-letter replay) or a desk
     * that was down. Opening at once would open — and notify the queue of — a ticket for every past alarm, most of
     * them cleared by the next events of the same subject. So it is held for {@code replay-hold}: a clearing read
     * meanwhile drops it (nothing opens), else {@link AlertReplay} opens its ticket. Fresh alarms open at once.
     */
    private boolean replayed(TicketSource source, Instant now) {
        return source.eventTime() != null && source.eventTime().isBefore(now.minus(replay.replayAge()));
    }

    private void hold(Alert alert, Instant now) {
        TicketSource source = alert.source();
        if (alert.cause() != null && cleared.existsById(alert.cause())) {
            // its clearing was read before it (kept for one-time causes): the cause is over, nothing to open
            count(source.service(), "cleared-in-replay");
            return;
        }
        if (!held.existsById(source.eventId())) {
            held.save(new HeldAlarm(source.eventId(), alert, alert.cause(), source.eventTime(), now));
            count(source.service(), "held");
        }
    }

    public void clear(CauseCleared clearing) {
        if (clearing == null) {
            return;
        }
        List<HeldAlarm> waiting = held.findByCause(clearing.cause());
        if (!waiting.isEmpty()) {
            // read in a replay before its clearing: the cause is over, the alarm opens nothing
            held.deleteAll(waiting);
            log.info("Clearing {} {} drops {} held alarm(s) of {}", clearing.eventType(), clearing.eventId(),
                    waiting.size(), clearing.cause());
            count(clearing.service(), "cleared-in-replay");
        }
        Optional<Ticket> found = tickets.forCause(clearing.cause());
        if (found.isEmpty()) {
            if (clearing.remember() && !cleared.existsById(clearing.cause())) {
                cleared.save(new ClearedCause(clearing.cause(), clearing.service(), clearing.eventType(),
                        clearing.eventId(), clearing.eventTime(), clearing.note(), clock.instant()));
                count(clearing.service(), "cleared-before-alarm");
            }
            return;
        }
        Ticket ticket = found.get();
        Ticket.Clearing outcome = ticket.clearCause(clearing.eventId(), clearing.note(), clock.instant());
        if (outcome != Ticket.Clearing.ALREADY_TAKEN) {
            tickets.save(ticket);
        }
        count(clearing.service(), outcome == Ticket.Clearing.RESOLVED ? "resolved" : outcome == Ticket.Clearing.NOTED
                ? "noted" : "duplicate");
    }

    private void count(String service, String outcome) {
        meters.counter("servicedesk.alerts", "source", service, "outcome", outcome).increment();
    }
}
