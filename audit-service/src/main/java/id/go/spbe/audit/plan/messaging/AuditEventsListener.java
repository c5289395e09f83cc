package id.go.spbe.audit.plan.messaging;

import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The plan follows the audits: a scheduled audit shows on its obligation, a cancelled one frees it, and the plan
 * moves when an audit is completed (AU4–AU6). It reads this service's own {@code AuditCompleted} from Kafka
 * rather than being called by the engagement: the event leaves with the engagement's write (outbox), so a crash
 * between the two can never leave the plan behind, and the plan keeps no dependency on engagements.
 */
@Component
class AuditEventsListener implements EventConsumer {

    static final String TOPIC = "spbe.audit.audit.v1";
    static final String COMPLETED = "id.go.spbe.audit.completed.v1";
    static final String SCHEDULED = "id.go.spbe.audit.scheduled.v1";
    static final String CANCELLED = "id.go.spbe.audit.cancelled.v1";

    /** The plan's own record of AuditScheduled; an ad hoc audit may name no object. */
    record AuditScheduled(@NotBlank String auditId, @NotNull AuditKind kind, String objectId,
            @NotNull LocalDate plannedStart) {
    }

    record AuditCancelled(@NotBlank String auditId) {
    }

    /** The plan's own record of the fields it reads from AuditCompleted; an ad hoc audit may name no object. */
    record AuditCompleted(@NotBlank String auditId, @NotNull AuditKind kind, String objectId,
            @NotNull LocalDate completedOn) {
    }

    private final AuditPlanner planner;

    AuditEventsListener(AuditPlanner planner) {
        this.planner = planner;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-plan-engagements").topics(TOPIC)
                .on(SCHEDULED, AuditScheduled.class, this::onScheduled)
                .on(CANCELLED, AuditCancelled.class, this::onCancelled)
                .on(COMPLETED, AuditCompleted.class, this::onCompleted);
    }

    void onScheduled(AuditScheduled data, CloudEvent event) {
        if (data.objectId() != null && !data.objectId().isBlank()) {
            planner.auditScheduled(data.objectId(), data.kind(), data.auditId(), data.plannedStart());
        }
    }

    void onCancelled(AuditCancelled data, CloudEvent event) {
        planner.auditCancelled(data.auditId());
    }

    void onCompleted(AuditCompleted data, CloudEvent event) {
        if (data.objectId() == null || data.objectId().isBlank()) {
            return;
        }
        planner.auditCompleted(data.objectId(), data.kind(), data.auditId(), data.completedOn());
    }
}
