package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;

/** Who moved the ticket to which desk, when and why (S3); {@code automatic} when the SLA monitor did it. */
public record Escalation(Tier from, Tier to, String reason, boolean automatic, String by, Instant at) {
}
