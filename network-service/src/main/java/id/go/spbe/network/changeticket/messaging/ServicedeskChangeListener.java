package id.go.spbe.network.changeticket.messaging;

import id.go.spbe.network.changeticket.ChangeTickets;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps {@link ChangeTickets} from servicedesk's ticket events (S6): PERUBAHAN tickets opened (with their title when
 * the event carries one — servicedesk's events before {@code title} do not), their stages, their approval (which
 * may also carry the title) and implementation. Its own group and inbox ({@code change-tickets}); repeats are dropped by the inbox,
 * order is kept per ticket (key = ticket id) and guarded by event time; other ticket types are ignored.
 */
@Component
class ServicedeskChangeListener implements EventConsumer {

    static final String TOPIC = "spbe.servicedesk.ticket.v1";
    static final String OPENED = "id.go.spbe.ticket.opened.v1";
    static final String STAGE_CHANGED = "id.go.spbe.ticket.stage-changed.v1";
    static final String APPROVED = "id.go.spbe.change.approved.v1";
    static final String IMPLEMENTED = "id.go.spbe.change.implemented.v1";

    /** This consumer's copies of the fields it reads (servicedesk owns the schemas). */
    record TicketOpened(@NotBlank String ticketId, @NotBlank String requesterOpd, @NotBlank String type,
            String title, String category, String affectedSite, String affectedApplicationId, Instant openedAt,
            String openedBy, @NotNull Instant occurredAt) {
    }

    record TicketStageChanged(@NotBlank String ticketId, @NotBlank String to, @NotNull Instant occurredAt) {
    }

    record ChangeApproved(@NotBlank String ticketId, @NotBlank String requesterOpd, String title,
            String affectedApplicationId, String approverRole, @NotBlank String approvedBy,
            @NotNull Instant occurredAt) {
    }

    record ChangeImplemented(@NotBlank String ticketId, @NotBlank String requesterOpd, String affectedApplicationId,
            @NotNull Instant occurredAt) {
    }

    private final ChangeTickets tickets;

    ServicedeskChangeListener(ChangeTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("change-tickets").topics(TOPIC)
                .on(OPENED, TicketOpened.class, this::onOpened)
                .on(STAGE_CHANGED, TicketStageChanged.class,
                        (data, event) -> tickets.stageChanged(data.ticketId(), data.to(), data.occurredAt()))
                .on(APPROVED, ChangeApproved.class, (data, event) -> tickets.approved(data.ticketId(),
                        data.requesterOpd(), data.title(), data.affectedApplicationId(), data.approverRole(), data.approvedBy(),
                        data.occurredAt()))
                .on(IMPLEMENTED, ChangeImplemented.class, (data, event) -> tickets.implemented(data.ticketId(),
                        data.requesterOpd(), data.affectedApplicationId(), data.occurredAt()));
    }

    void onOpened(TicketOpened data, CloudEvent event) {
        if ("PERUBAHAN".equals(data.type())) {
            tickets.opened(data.ticketId(), data.requesterOpd(), new ChangeTickets.Opening(data.title(), data.category(),
                    data.affectedSite(), data.affectedApplicationId(), data.openedAt(), data.openedBy()),
                    data.occurredAt());
        }
    }
}
