package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Evidence for indicator 17: network-service's yearly LAN diagram (accepted, overdue; N6) and LAN inspection (N5)
 * events feed {@code evidence_lan_diagrams} and {@code evidence_inspections}. Inbox consumer
 * {@code monev-evidence-network}.
 */
@Component
class NetworkEvidenceListener implements EventConsumer {

    static final String DIAGRAMS = "spbe.network.lan-diagram.v1";
    static final String INSPECTIONS = "spbe.network.inspection.v1";

    record LanDiagramAccepted(@NotBlank String taskId, @NotBlank String opdCode, int year, boolean late) {
    }

    record LanDiagramOverdue(@NotBlank String taskId, @NotBlank String opdCode, int year) {
    }

    record InspectionRecorded(@NotBlank String inspectionId, @NotBlank String opdCode,
            @NotNull LocalDate inspectedOn) {
    }

    private final OperationsReadModel operations;

    NetworkEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-network").groupId("monev-service.evidence-network")
                .topics(DIAGRAMS, INSPECTIONS)
                .on("id.go.spbe.lan-diagram.accepted.v1", LanDiagramAccepted.class, (d, e) ->
                        operations.lanDiagramAccepted(d.taskId(), d.opdCode(), d.year(), d.late()))
                .on("id.go.spbe.lan-diagram.overdue.v1", LanDiagramOverdue.class, (d, e) ->
                        operations.lanDiagramOverdue(d.taskId(), d.opdCode(), d.year()))
                .on("id.go.spbe.inspection.recorded.v1", InspectionRecorded.class, (d, e) ->
                        operations.lanInspected(d.inspectionId(), d.opdCode(), d.inspectedOn()));
    }
}
