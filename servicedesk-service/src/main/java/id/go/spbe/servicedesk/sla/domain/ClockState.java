package id.go.spbe.servicedesk.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one clock stands, derived from the ticket's facts.
 *
 * @param target         business-time target, null for OLA clocks
 * @param policyVersion  the policy version the target comes from, null for OLA clocks
 * @param elapsed        business time counted so far (pauses and calendar gaps excluded)
 * @param pausedBusiness business time that fell in pauses while the clock ran, i.e. what the pauses saved
 * @param dueAt          when the target is reached if the clock keeps running from now; null when paused,
 *                       stopped or without target
 * @param warnAt         when (or when it will be) the warning threshold is reached
 * @param breachedAt     when the target was passed, null if it was not
 */
public record ClockState(ClockKind clock, Status status, Duration target, Integer policyVersion, Duration elapsed,
        Duration pausedBusiness, Instant startedAt, Instant stoppedAt, Instant dueAt, Instant warnAt,
        Instant breachedAt) {

    public enum Status {
        RUNNING, PAUSED, MET, BREACHED, STOPPED
    }

    public boolean running() {
        return status == Status.RUNNING || status == Status.BREACHED && stoppedAt == null;
    }
}
