package id.go.spbe.audit.pulled.messaging;

import id.go.spbe.audit.pulled.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * LAN diagram snapshots for engagements: network-service's yearly LAN diagram tasks (N6) — submitted (a snapshot at
 * an inventory revision), returned, accepted, overdue. Consumer {@code audit-evidence-lan-diagrams}, group
 * {@code audit-service.evidence-lan-diagrams}.
 */
@Component
class LanDiagramEvidenceListener implements EventConsumer {

    static final String LAN_DIAGRAMS = "spbe.network.lan-diagram.v1";

    record Submitted(@NotBlank String taskId, @NotBlank String opdCode, int year, @NotNull LocalDate dueDate,
            int submission, long revision, boolean attachment, String signatureStatus, boolean late,
            @NotNull Instant occurredAt) {
    }

    record Returned(@NotBlank String taskId, @NotBlank String opdCode, int year, int submission,
            @NotNull Instant occurredAt) {
    }

    record Accepted(@NotBlank String taskId, @NotBlank String opdCode, int year, int submission, long revision,
            boolean late, @NotNull Instant occurredAt) {
    }

    record Overdue(@NotBlank String taskId, @NotBlank String opdCode, int year, @NotNull LocalDate dueDate,
            @NotNull Instant occurredAt) {
    }

    private final OperationsReadModel operations;

    LanDiagramEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-evidence-lan-diagrams").groupId("audit-service.evidence-lan-diagrams")
                .topics(LAN_DIAGRAMS)
                .on("id.go.spbe.lan-diagram.submitted.v1", Submitted.class, (d, e) ->
                        operations.lanDiagramSubmitted(d.taskId(), d.opdCode(), d.year(), d.dueDate(),
                                d.submission(), d.revision(), d.attachment(), d.signatureStatus(), d.late(),
                                d.occurredAt()))
                .on("id.go.spbe.lan-diagram.returned.v1", Returned.class, (d, e) ->
                        operations.lanDiagramReturned(d.taskId(), d.opdCode(), d.year(), d.submission(),
                                d.occurredAt()))
                .on("id.go.spbe.lan-diagram.accepted.v1", Accepted.class, (d, e) ->
                        operations.lanDiagramAccepted(d.taskId(), d.opdCode(), d.year(), d.submission(),
                                d.revision(), d.late(), d.occurredAt()))
                .on("id.go.spbe.lan-diagram.overdue.v1", Overdue.class, (d, e) ->
                        operations.lanDiagramOverdue(d.taskId(), d.opdCode(), d.year(), d.dueDate(),
                                d.occurredAt()));
    }
}
