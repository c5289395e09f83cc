package id.go.spbe.appregistry.opd.domain;

import java.time.Instant;

/**
 * One recorded Mandiri TIK decision of an OPD, in the order they were recorded (1, 2, …).
 *
 * @param recordedBy who entered the decree into the directory (the decree itself names who decided)
 */
public record MandiriTikDecision(int sequence, MandiriTikDecree decree, Instant recordedAt, String recordedBy) {
}
