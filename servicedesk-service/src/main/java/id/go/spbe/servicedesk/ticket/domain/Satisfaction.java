package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;

/** The requester's satisfaction with a closed ticket (CSAT): a score of 1–5 and an optional comment; never edited. */
public record Satisfaction(int score, String comment, String by, Instant at) {
}
