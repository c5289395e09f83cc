package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Evidence for indicators 29–31: audit-service's {@code AuditCompleted} feeds {@code evidence_audits} (kind, audited
 * OPD, completion date, whether it came from the audit plan). Inbox consumer {@code monev-evidence-audits}.
 */
@Component
class AuditEvidenceListener implements EventConsumer {

    static final String TOPIC = "spbe.audit.audit.v1";

    /** This consumer's copy of the fields it reads from AuditCompleted (audit-service owns the schema). */
    record AuditCompleted(@NotBlank String auditId, @NotBlank String kind, @NotBlank String auditedOpd,
            String planItemId, @NotNull LocalDate completedOn) {
    }

    private final OperationsReadModel operations;

    AuditEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-audits").groupId("monev-service.evidence-audits").topics(TOPIC)
                .on("id.go.spbe.audit.completed.v1", AuditCompleted.class, (d, e) -> operations.auditCompleted(
                        d.auditId(), d.kind(), d.auditedOpd(), d.completedOn(), d.planItemId() != null));
    }
}
