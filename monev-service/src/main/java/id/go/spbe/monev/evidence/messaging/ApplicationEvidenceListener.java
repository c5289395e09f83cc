package id.go.spbe.monev.evidence.messaging;

import id.go.spbe.monev.evidence.OperationsReadModel;
import id.go.spbe.platform.messaging.CloudEvent;
import id.go.spbe.platform.messaging.EventConsumer;
import id.go.spbe.platform.messaging.EventRoutes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Evidence for indicator 15: app-registry's SDLC stage changes (A5) and test results (A6) feed
 * {@code evidence_app_development}. Only passed tests count; the other application events on the topic are not
 * routed. Inbox consumer {@code monev-evidence-applications}.
 */
@Component
class ApplicationEvidenceListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.application.v1";

    record StageChanged(@NotBlank String applicationId, @NotBlank String ownerOpd, @NotNull Instant occurredAt) {
    }

    record TestResultRecorded(@NotBlank String applicationId, @NotBlank String ownerOpd, @NotNull LocalDate testedOn,
            boolean passed) {
    }

    private final OperationsReadModel operations;

    ApplicationEvidenceListener(OperationsReadModel operations) {
        this.operations = operations;
    }

    @Override
    public EventRoutes routes() {
        return EventRoutes.consumer("monev-evidence-applications").groupId("monev-service.evidence-applications")
                .topics(TOPIC)
                .on("id.go.spbe.application.stage-changed.v1", StageChanged.class, (d, e) ->
                        operations.applicationInDevelopment(d.applicationId(), d.ownerOpd(), d.occurredAt()))
                .on("id.go.spbe.application.test-result-recorded.v1", TestResultRecorded.class, this::onTested);
    }

    void onTested(TestResultRecorded data, CloudEvent event) {
        if (data.passed()) {
            operations.applicationTested(data.applicationId(), data.ownerOpd(), data.testedOn());
        }
    }
}
