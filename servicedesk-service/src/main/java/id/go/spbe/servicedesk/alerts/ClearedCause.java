package id.go.spbe.servicedesk.alerts;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A one-time cause that cleared before the desk saw its alarm (events replayed from a dead-letter topic, a producer
 * relaying late): kept so the alarm, when it comes, opens its ticket already resolved instead of an open ticket
 * for something that is over. The outcome is then the same whatever the order the two events came in.
 */
@Document("alert_cleared_causes")
record ClearedCause(@Id String cause, String service, String eventType, String eventId, Instant eventTime,
        String note, Instant receivedAt) {
}
