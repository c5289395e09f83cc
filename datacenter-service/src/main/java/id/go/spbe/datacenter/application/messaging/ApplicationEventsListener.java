package id.go.spbe.datacenter.application.messaging;

import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the application read model (A1) from app-registry's register: registrations, form changes (name, owner),
 * workflow steps and retirements. Other types on the topic are skipped by the platform; an event without the fields
 * read here is malformed and goes to the dead-letter topic. The platform's inbox drops repeats.
 */
@Component
class ApplicationEventsListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static final String REGISTERED = "id.go.spbe.application.registered.v1";
    static final String UPDATED = "id.go.spbe.application.updated.v1";
    static final String STATUS_CHANGED = "id.go.spbe.application.status-changed.v1";
    static final String DECOMMISSIONED = "id.go.spbe.application.decommissioned.v1";

    /** This consumer's copies of the fields it reads (app-registry owns the schemas). */
    record ApplicationRegistered(@NotBlank String applicationId, @NotBlank String name, @NotBlank String ownerOpd,
            @NotBlank String status, @NotNull Instant occurredAt) {
    }

    record ApplicationUpdated(@NotBlank String applicationId, @NotBlank String name, @NotBlank String ownerOpd,
            @NotNull Instant occurredAt) {
    }

    record ApplicationStatusChanged(@NotBlank String applicationId, @NotBlank String name,
            @NotBlank String ownerOpd, @NotBlank String to, @NotNull Instant occurredAt) {
    }

    record ApplicationDecommissioned(@NotBlank String applicationId, @NotBlank String name,
            @NotBlank String ownerOpd, @NotNull Instant occurredAt) {
    }

    private final ApplicationReferences applications;

    ApplicationEventsListener(ApplicationReferences applications) {
        this.applications = applications;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("application-reference").groupId("datacenter-service.applications")
                .topics(TOPIC)
                .on(REGISTERED, ApplicationRegistered.class, (d, e) -> applications.record(d.applicationId(),
                        d.name(), d.ownerOpd(), d.status(), d.occurredAt()))
                .on(UPDATED, ApplicationUpdated.class, (d, e) -> applications.record(d.applicationId(), d.name(),
                        d.ownerOpd(), null, d.occurredAt()))
                .on(STATUS_CHANGED, ApplicationStatusChanged.class, (d, e) -> applications.record(d.applicationId(),
                        d.name(), d.ownerOpd(), d.to(), d.occurredAt()))
                .on(DECOMMISSIONED, ApplicationDecommissioned.class, this::onDecommissioned);
    }

    private void onDecommissioned(ApplicationDecommissioned data, CloudEvent event) {
        applications.retire(data.applicationId(), data.name(), data.ownerOpd(), data.occurredAt());
    }
}
