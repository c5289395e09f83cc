package id.go.spbe.servicedesk.ticket.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Why an automatic ticket exists: the other service's event that opened it. A person reads here which service saw
 * what, about which subject, and when; the desk uses {@code service}, {@code subjectType} and {@code subjectId} to
 * add a later event about the same subject to the ticket still open for it instead of opening another.
 *
 * @param service     the producing service, e.g. {@code datacenter-service}
 * @param eventType   the CloudEvent type, e.g. {@code id.go.spbe.service.down.v1}
 * @param subjectType what the event is about, e.g. {@code monitor}, {@code backup-policy}, {@code finding}
 * @param subjectId   its id in the producing service
 * @param eventId     the event's id (the producer's outbox id)
 * @param eventTime   when the producer saw it (the ticket's {@code openedAt} is the desk's own clock)
 * @param dueDate     the date the source sets for the follow-up (a finding's due date, an expiry), if any
 */
public record TicketSource(String service, String eventType, String subjectType, String subjectId, String eventId,
        Instant eventTime, LocalDate dueDate) {
}
