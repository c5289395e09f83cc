package id.go.spbe.servicedesk.ticket.domain;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * What a queue shows of a ticket's SLA (S5).
 *
 * @param nextDueAt the earliest due instant of a running service clock; null when none runs (paused, stopped)
 */
public record SlaSummary(SlaState state, @Nullable Instant nextDueAt) {

    public static final SlaSummary NONE = new SlaSummary(SlaState.NONE, null);
}
