package id.go.spbe.audit.plan.messaging;

import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Reacts to the application register (AU5, AU6): a registered application in audit scope gets its audit due dates.
 * Other event types on the topic are not routed here and are skipped by the platform; a registration without the
 * fields the plan needs is malformed and goes to the dead-letter topic.
 */
@Component
class ApplicationEventsListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static final String REGISTERED = "id.go.spbe.application.registered.v1";

    /** This consumer's copy of the fields it reads from ApplicationRegistered (the producer owns the schema). */
    record ApplicationRegistered(@NotBlank String applicationId, String name, @NotBlank String ownerOpd,
            @NotBlank String applicationClass, @NotNull Instant registeredAt) {
    }

    private final AuditPlanner planner;

    ApplicationEventsListener(AuditPlanner planner) {
        this.planner = planner;
    }

    /** Inbox name and consumer group are the ones the former {@code @KafkaListener} used, so offsets carry over. */
    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("audit-plan").groupId("audit-service.applications").topics(TOPIC)
                .on(REGISTERED, ApplicationRegistered.class, this::onRegistered);
    }

    void onRegistered(ApplicationRegistered data, CloudEvent event) {
        planner.planForRegisteredApplication(data.applicationId(), data.name(), data.ownerOpd(),
                data.applicationClass(), data.registeredAt());
    }
}
