package id.go.spbe.servicedesk.lanchange.messaging;

import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.lanchange.LanChangeCitations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * network-service's LAN change reports (N7) → the changes they cite (S6). Inbox and group "servicedesk-lan-changes";
 * reports citing no change are skipped; an acknowledgement updates the cited change's list. Key = report id, so a
 * report's events arrive in order.
 */
@Component
class LanChangeListener implements EventConsumer {

    static final String TOPIC = "spbe.network.lan-change.v1";
    static final String REPORTED = "id.go.spbe.lan-change.reported.v1";
    static final String ACKNOWLEDGED = "id.go.spbe.lan-change.acknowledged.v1";

    /** This consumer's copies of the fields it reads (network-service owns the schemas). */
    record LanChangeReported(@NotBlank String reportId, @NotBlank String opdCode, @NotBlank String what,
            @NotNull LocalDate performedOn, String changeTicketId, long fromRevision, long toRevision,
            @NotBlank String reportedBy, @NotNull Instant occurredAt) {
    }

    record LanChangeAcknowledged(@NotBlank String reportId, @NotBlank String acknowledgedBy,
            @NotNull Instant occurredAt) {
    }

    private final LanChangeCitations citations;

    LanChangeListener(LanChangeCitations citations) {
        this.citations = citations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-lan-changes").topics(TOPIC)
                .on(REPORTED, LanChangeReported.class, (data, event) -> {
                    if (data.changeTicketId() != null && !data.changeTicketId().isBlank()) {
                        citations.reported(data.reportId(), data.changeTicketId(), data.opdCode(), data.what(),
                                data.performedOn(), data.fromRevision(), data.toRevision(), data.reportedBy(),
                                data.occurredAt());
                    }
                })
                .on(ACKNOWLEDGED, LanChangeAcknowledged.class,
                        (data, event) -> citations.acknowledged(data.reportId(), data.acknowledgedBy(),
                                data.occurredAt()));
    }
}
