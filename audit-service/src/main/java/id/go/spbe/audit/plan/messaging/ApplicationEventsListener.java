package id.go.spbe.audit.plan.messaging;

import id.go.spbe.audit.plan.AuditPlanner;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Reacts to the application register (AU5, AU6): a registered application in audit scope gets its audit due dates.
 * Other event types on the topic are not this consumer's business and are skipped.
 */
@Component
class ApplicationEventsListener {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static final String REGISTERED = "id.go.spbe.application.registered.v1";

    /** This consumer's copy of the fields it reads from ApplicationRegistered (the producer owns the schema). */
    record ApplicationRegistered(String applicationId, String name, String ownerOpd, String applicationClass,
            Instant registeredAt) {
    }

    private final EventInbox inbox;
    private final AuditPlanner planner;

    ApplicationEventsListener(EventInbox inbox, AuditPlanner planner) {
        this.inbox = inbox;
        this.planner = planner;
    }

    @KafkaListener(id = "audit-service.applications", topics = TOPIC, groupId = "audit-service.applications")
    void on(String value) {
        CloudEvent event = inbox.parse(value);
        if (!REGISTERED.equals(event.type())) {
            return;
        }
        inbox.handleOnce("audit-plan", event, e -> {
            ApplicationRegistered data = inbox.data(e, ApplicationRegistered.class);
            planner.planForRegisteredApplication(data.applicationId(), data.name(), data.ownerOpd(),
                    data.applicationClass(), data.registeredAt());
        });
    }
}
