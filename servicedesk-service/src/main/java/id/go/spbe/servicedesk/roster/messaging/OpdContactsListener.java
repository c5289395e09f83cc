package id.go.spbe.servicedesk.roster.messaging;

import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import id.go.spbe.servicedesk.roster.DirectoryContacts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the directory's Tier 1 contact per OPD (S2) from app-registry's {@code opd.updated} events, which carry the
 * OPD's full state. Its own inbox ("servicedesk-opd-contacts"), beside the platform's OPD read model.
 */
@Component
class OpdContactsListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.opd.v1";
    static final String UPDATED = "id.go.spbe.opd.updated.v1";

    /** This consumer's copy of the fields it reads from OpdUpdated (the producer owns the schema). */
    record OpdUpdated(@NotBlank String code, Tier1Contact tier1Contact, @NotNull Instant occurredAt) {
    }

    record Tier1Contact(String name, String phone, String email) {
    }

    private final DirectoryContacts contacts;

    OpdContactsListener(DirectoryContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("servicedesk-opd-contacts").groupId("servicedesk-service.opd-contacts")
                .topics(TOPIC).on(UPDATED, OpdUpdated.class, this::onUpdated);
    }

    void onUpdated(OpdUpdated data, CloudEvent event) {
        Tier1Contact c = data.tier1Contact();
        contacts.record(data.code(), c == null ? null : c.name(), c == null ? null : c.phone(),
                c == null ? null : c.email(), data.occurredAt());
    }
}
