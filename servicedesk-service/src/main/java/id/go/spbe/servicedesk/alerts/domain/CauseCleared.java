package id.go.spbe.servicedesk.alerts.domain;

import java.time.Instant;

/**
 * The cause behind an automatic ticket cleared: the desk resolves the ticket standing for {@code cause} with
 * {@code note}, or comments when a person already finished or reopened it.
 *
 * @param remember whether a clearing that arrives before its alarm is kept for that alarm (a one-time cause such as
 *                 one outage or one finding, where the clearing proves the alarm is over). A state that recurs (the
 *                 backups of a policy succeed again) is not kept: a later alarm of that policy is a new failure.
 */
public record CauseCleared(String service, String eventType, String eventId, Instant eventTime, String cause,
        String note, boolean remember) {
}
