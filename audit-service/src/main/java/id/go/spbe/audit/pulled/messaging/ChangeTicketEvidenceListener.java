package id.go.spbe.audit.pulled.messaging;

import id.go.spbe.audit.pulled.OperationsReadModel;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Change tickets for engagements: servicedesk-service's changes (S6) — a ticket opened with type PERUBAHAN (other
 * types are not kept), its approval and implementation. The title is kept only where the desk publishes it (not for
 * changes filed under KEAMANAN, S8). Consumer {@code audit-evidence-changes}, group
 * {@code audit-service.evidence-changes}.
 */
@Component
class ChangeTicketEvidenceListener implements EventConsumer {

    static final String TICKETS = "spbe.servicedesk.ticket.v1";
    static final String CHANGE = "PERUBAHAN";

    record TicketOpened(@NotBlank String ticketId, @NotBlank String requesterOpd, @NotBlank String type,
            String title, String affectedApplicationId, @NotNull Instant openedAt, @NotNull Instant occurredAt) {
    }

    record ChangeApproved(@NotBlank String ticketId, @NotBlank String requesterOpd, String title,
            String affectedApplicationId, @NotBlank String approverRole, @NotNull Instant occurredAt) {
    }

    record ChangeImplemented(@NotBlank String ticketId, @NotBlank String requesterOpd, String affectedApplicationId,
            @NotNull Instant occurredAt) {
    }

    private final OperationsReadModel operations;

    ChangeTicketEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-evidence-changes").groupId("audit-service.evidence-changes")
                .topics(TICKETS)
                .on("id.go.spbe.ticket.opened.v1", TicketOpened.class, this::onOpened)
                .on("id.go.spbe.change.approved.v1", ChangeApproved.class, (d, e) -> operations.changeApproved(
                        d.ticketId(), d.requesterOpd(), d.title(), d.affectedApplicationId(), d.approverRole(),
                        d.occurredAt()))
                .on("id.go.spbe.change.implemented.v1", ChangeImplemented.class, (d, e) ->
                        operations.changeImplemented(d.ticketId(), d.requesterOpd(), d.affectedApplicationId(),
                                d.occurredAt()));
    }

    void onOpened(TicketOpened data, CloudEvent event) {
        if (CHANGE.equals(data.type())) {
            operations.changeOpened(data.ticketId(), data.requesterOpd(), data.title(),
                    data.affectedApplicationId(), data.openedAt(), data.occurredAt());
        }
    }
}
