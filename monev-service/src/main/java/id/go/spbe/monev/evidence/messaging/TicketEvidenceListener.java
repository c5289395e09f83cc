package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Evidence for indicators 27 and 28: servicedesk's ticket events feed {@code evidence_tickets}. Only the fields read
 * here are in this consumer's records (servicedesk owns the schemas); the other ticket events on the topic are not
 * routed. The platform inbox (consumer {@code monev-evidence-tickets}) makes a redelivery a no-op, and each write is
 * an upsert of flags anyway.
 */
@Component
class TicketEvidenceListener implements EventConsumer {

    static final String TOPIC = "spbe.servicedesk.ticket.v1";

    record TicketOpened(@NotBlank String ticketId, @NotBlank String requesterOpd, @NotBlank String type,
            @NotNull Instant openedAt) {
    }

    record TicketResolved(@NotBlank String ticketId, @NotBlank String requesterOpd, @NotBlank String type,
            @NotNull Instant openedAt) {
    }

    record TicketReopened(@NotBlank String ticketId, @NotBlank String requesterOpd) {
    }

    /** Only the resolution clock counts for "SLA met"; time-to-own and first-response breaches are not read. */
    record TicketSlaBreached(@NotBlank String ticketId, @NotBlank String requesterOpd, @NotBlank String clock) {
    }

    record ChangeDecided(@NotBlank String ticketId, @NotBlank String requesterOpd) {
    }

    private final OperationsReadModel operations;

    TicketEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-tickets").groupId("monev-service.evidence-tickets").topics(TOPIC)
                .on("id.go.spbe.ticket.opened.v1", TicketOpened.class, (d, e) ->
                        operations.ticketOpened(d.ticketId(), d.requesterOpd(), d.type(), d.openedAt()))
                .on("id.go.spbe.ticket.resolved.v1", TicketResolved.class, (d, e) ->
                        operations.ticketResolved(d.ticketId(), d.requesterOpd(), d.type(), d.openedAt()))
                .on("id.go.spbe.ticket.reopened.v1", TicketReopened.class, (d, e) ->
                        operations.ticketReopened(d.ticketId(), d.requesterOpd()))
                .on("id.go.spbe.ticket.sla-breached.v1", TicketSlaBreached.class, this::onBreached)
                .on("id.go.spbe.change.approved.v1", ChangeDecided.class, (d, e) ->
                        operations.changeApproved(d.ticketId(), d.requesterOpd()))
                .on("id.go.spbe.change.implemented.v1", ChangeDecided.class, (d, e) ->
                        operations.changeImplemented(d.ticketId(), d.requesterOpd()));
    }

    void onBreached(TicketSlaBreached data, CloudEvent event) {
        if ("RESOLUTION".equals(data.clock())) {
            operations.resolutionSlaBreached(data.ticketId(), data.requesterOpd());
        }
    }
}
