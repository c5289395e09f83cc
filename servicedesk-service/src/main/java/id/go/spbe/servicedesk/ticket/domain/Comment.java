package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;

/**
 * A comment on a ticket. Internal comments are the agents' notes and are never shown to the requester's side (S2);
 * public ones are the conversation with the requester.
 */
public record Comment(String id, String author, boolean byAgent, boolean internal, String text, Instant at) {
}
