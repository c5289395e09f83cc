package id.go.spbe.servicedesk.catalogue.messaging;

import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.catalogue.ApplicationCatalogue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the service desk's record of registered applications (S1, A1) from app-registry's application events.
 * Other types on the topic are skipped by the platform; an event without the fields read here is malformed and goes
 * to the dead-letter topic. The inbox (consumer "servicedesk-applications") drops repeats.
 */
@Component
class ApplicationEventsListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static final String REGISTERED = "id.go.spbe.application.registered.v1";
    static final String STATUS_CHANGED = "id.go.spbe.application.status-changed.v1";
    static final String DECOMMISSIONED = "id.go.spbe.application.decommissioned.v1";

    /** This consumer's copy of the fields it reads from ApplicationRegistered (the producer owns the schema). */
    record ApplicationRegistered(@NotBlank String applicationId, @NotBlank String name, @NotBlank String ownerOpd,
            @NotBlank String status, @NotNull Instant occurredAt) {
    }

    record ApplicationStatusChanged(@NotBlank String applicationId, @NotBlank String name,
            @NotBlank String ownerOpd, @NotBlank String to, @NotNull Instant occurredAt) {
    }

    record ApplicationDecommissioned(@NotBlank String applicationId, @NotBlank String name,
            @NotBlank String ownerOpd, @NotNull Instant occurredAt) {
    }

    private final ApplicationCatalogue catalogue;

    ApplicationEventsListener(ApplicationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-applications").groupId("servicedesk-service.applications")
                .topics(TOPIC)
                .on(REGISTERED, ApplicationRegistered.class, this::onRegistered)
                .on(STATUS_CHANGED, ApplicationStatusChanged.class, this::onStatusChanged)
                .on(DECOMMISSIONED, ApplicationDecommissioned.class, this::onDecommissioned);
    }

    void onRegistered(ApplicationRegistered data, CloudEvent event) {
        catalogue.record(data.applicationId(), data.name(), data.ownerOpd(), data.status(),
                "DECOMMISSIONED".equals(data.status()), data.occurredAt());
    }

    void onStatusChanged(ApplicationStatusChanged data, CloudEvent event) {
        catalogue.record(data.applicationId(), data.name(), data.ownerOpd(), data.to(),
                "DECOMMISSIONED".equals(data.to()), data.occurredAt());
    }

    void onDecommissioned(ApplicationDecommissioned data, CloudEvent event) {
        catalogue.record(data.applicationId(), data.name(), data.ownerOpd(), "DECOMMISSIONED", true,
                data.occurredAt());
    }
}
