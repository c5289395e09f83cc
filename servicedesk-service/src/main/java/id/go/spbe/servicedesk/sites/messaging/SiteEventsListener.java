package id.go.spbe.servicedesk.sites.messaging;

import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.sites.SiteCatalogue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the service desk's record of the OPDs' registered sites (S1, N1) from network-service's site events. Both
 * carry the site's full state. Other types on the topic are skipped by the platform; an event without the fields
 * read here is malformed and goes to the dead-letter topic. The inbox (consumer "servicedesk-sites") drops repeats.
 */
@Component
class SiteEventsListener implements EventConsumer {

    static final String TOPIC = "spbe.network.site.v1";
    static final String REGISTERED = "id.go.spbe.site.registered.v1";
    static final String UPDATED = "id.go.spbe.site.updated.v1";

    /** This consumer's copy of the fields it reads from a site event (the producer owns the schema). */
    record SiteState(@NotBlank String siteId, @NotBlank String opdCode, @NotBlank String name, String address,
            @NotNull Instant occurredAt) {
    }

    private final SiteCatalogue catalogue;

    SiteEventsListener(SiteCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-sites").groupId("servicedesk-service.sites")
                .topics(TOPIC)
                .on(REGISTERED, SiteState.class, this::onSite)
                .on(UPDATED, SiteState.class, this::onSite);
    }

    void onSite(SiteState data, CloudEvent event) {
        catalogue.record(data.siteId(), data.opdCode(), data.name(), data.address(), data.occurredAt());
    }
}
