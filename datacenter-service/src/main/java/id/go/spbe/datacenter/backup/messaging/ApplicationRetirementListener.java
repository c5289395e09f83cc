package id.go.spbe.datacenter.backup.messaging;

import id.go.spbe.datacenter.backup.BackupPolicies;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * D6: when app-registry retires an application, the backup obligation of that application ends with it ("consumers
 * close what hangs on it"). Its own consumer group, so the application read model and this follow the topic
 * independently; the platform's inbox drops repeats and a second retirement finds no active policy.
 */
@Component
class ApplicationRetirementListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.application.v1";
    static final String DECOMMISSIONED = "id.go.spbe.application.decommissioned.v1";

    /** This consumer's copy of the fields it reads (app-registry owns the schema). */
    record ApplicationDecommissioned(@NotBlank String applicationId, @NotBlank String reason,
            @NotBlank String decommissionedBy, @NotNull Instant occurredAt) {
    }

    private final BackupPolicies policies;

    ApplicationRetirementListener(BackupPolicies policies) {
        this.policies = policies;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("backup-applications").groupId("datacenter-service.backup-applications")
                .topics(TOPIC).on(DECOMMISSIONED, ApplicationDecommissioned.class, (d, e) -> policies
                        .retireForDecommissionedApplication(d.applicationId(), d.reason(), d.decommissionedBy(),
                                d.occurredAt()));
    }
}
