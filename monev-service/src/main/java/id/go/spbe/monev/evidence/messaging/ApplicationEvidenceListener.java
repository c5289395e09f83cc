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
 * Evidence for indicator 15: app-registry's SDLC stage changes (A5), test results (A6) and functional conformance
 * reviews (A9) feed {@code evidence_app_development}. Only passed tests count; a review counts whatever its result.
 * Registrations and decommissioning are read by {@link AssetEvidenceListener} (indicator 24, its own group); the
 * other application events on the topic are not routed. Inbox consumer {@code monev-evidence-applications}.
 */
@Component
class ApplicationEvidenceListener implements EventConsumer {

    static final String TOPIC = "spbe.app-registry.application.v1";

    record StageChanged(@NotBlank String applicationId, @NotBlank String ownerOpd, @NotNull Instant occurredAt) {
    }

    record TestResultRecorded(@NotBlank String applicationId, @NotBlank String ownerOpd, @NotNull LocalDate testedOn,
            boolean passed) {
    }

    record ConformanceReviewed(@NotBlank String applicationId, @NotBlank String ownerOpd,
            @NotNull LocalDate reviewedOn) {
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
                .on("id.go.spbe.application.test-result-recorded.v1", TestResultRecorded.class, this::onTested)
                .on("id.go.spbe.application.conformance-reviewed.v1", ConformanceReviewed.class, (d, e) ->
                        operations.applicationReviewed(d.applicationId(), d.ownerOpd(), d.reviewedOn()));
    }

    void onTested(TestResultRecorded data, CloudEvent event) {
        if (data.passed()) {
            operations.applicationTested(data.applicationId(), data.ownerOpd(), data.testedOn());
        }
    }
}
