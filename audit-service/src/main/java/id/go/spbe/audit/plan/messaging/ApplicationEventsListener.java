package id.go.spbe.audit.plan.messaging;

import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Feeds the audit universe from the application register (AU5, AU6): a registered application joins it, a status
 * change carries its current class (a class change moves its obligations), an update carries its name, and a
 * decommissioned application leaves the plan. Other types on the topic are not routed and are skipped by the
 * platform; an event without the fields the plan needs is malformed and goes to the dead-letter topic.
 */
@Component
class ApplicationEventsListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static final String REGISTERED = "id.go.spbe.application.registered.v1";
    static final String STATUS_CHANGED = "id.go.spbe.application.status-changed.v1";
    static final String UPDATED = "id.go.spbe.application.updated.v1";
    static final String DECOMMISSIONED = "id.go.spbe.application.decommissioned.v1";

    /** This consumer's copy of the fields it reads from ApplicationRegistered (the producer owns the schema). */
    record ApplicationRegistered(@NotBlank String applicationId, String name, @NotBlank String ownerOpd,
            @NotBlank String applicationClass, @NotNull Instant registeredAt) {
    }

    /** Every workflow step carries the application's class as it is now. */
    record ApplicationStatusChanged(@NotBlank String applicationId, String name, @NotBlank String ownerOpd,
            @NotBlank String applicationClass, @NotNull Instant occurredAt) {
    }

    /** Names the changed fields only, not their values; the plan reads the name and owner from it. */
    record ApplicationUpdated(@NotBlank String applicationId, String name, @NotBlank String ownerOpd,
            List<String> changedFields, @NotNull Instant occurredAt) {
    }

    /** {@code reason} becomes the reason its open obligations are closed with. */
    record ApplicationDecommissioned(@NotBlank String applicationId, String name, @NotBlank String ownerOpd,
            String reason, @NotNull Instant occurredAt) {
    }

    private final AuditPlanner planner;

    ApplicationEventsListener(AuditPlanner planner) {
        this.planner = planner;
    }

    /** Inbox name and consumer group are the ones the former {@code @KafkaListener} used, so offsets carry over. */
    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-plan").groupId("audit-service.applications").topics(TOPIC)
                .on(REGISTERED, ApplicationRegistered.class, this::onRegistered)
                .on(STATUS_CHANGED, ApplicationStatusChanged.class, this::onStatusChanged)
                .on(UPDATED, ApplicationUpdated.class, this::onUpdated)
                .on(DECOMMISSIONED, ApplicationDecommissioned.class, this::onDecommissioned);
    }

    void onRegistered(ApplicationRegistered data, CloudEvent event) {
        planner.applicationRegistered(data.applicationId(), data.name(), data.ownerOpd(), data.applicationClass(),
                data.registeredAt());
    }

    void onStatusChanged(ApplicationStatusChanged data, CloudEvent event) {
        planner.applicationClassSeen(data.applicationId(), data.name(), data.ownerOpd(), data.applicationClass(),
                data.occurredAt());
    }

    void onUpdated(ApplicationUpdated data, CloudEvent event) {
        planner.applicationRenamed(data.applicationId(), data.name(), data.ownerOpd(), data.occurredAt());
    }

    void onDecommissioned(ApplicationDecommissioned data, CloudEvent event) {
        planner.applicationDecommissioned(data.applicationId(), data.name(), data.ownerOpd(), data.reason(),
                data.occurredAt());
    }
}
