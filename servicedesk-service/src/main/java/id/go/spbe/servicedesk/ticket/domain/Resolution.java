package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;

/** How the ticket was resolved; the note is shown to the requester. */
public record Resolution(String note, String by, Instant at) {
}
