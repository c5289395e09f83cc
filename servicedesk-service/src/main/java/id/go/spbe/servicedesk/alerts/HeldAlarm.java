package id.go.spbe.servicedesk.alerts;

import id.go.spbe.servicedesk.alerts.domain.Alert;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An old alarm read in a replay that would have opened a new ticket: held until {@code heldAt} + the replay hold, and
 * dropped if its cause clears meanwhile (see {@link AlertReplay}). Keyed by the source event id, so a redelivery
 * holds it once.
 */
@Document("alert_held")
record HeldAlarm(@Id String eventId, Alert alert, @Indexed String cause, Instant eventTime, @Indexed Instant heldAt) {
}
