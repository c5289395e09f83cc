package id.go.spbe.appregistry.application.domain;

import id.go.spbe.platform.domain.DomainEvent;
import id.go.spbe.platform.domain.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Events of the application aggregate after registration (see {@link ApplicationRegistered}), all on
 * {@value ApplicationRegistered#TOPIC} keyed by application id. Each carries the owner OPD so consumers can scope.
 */
public final class ApplicationEvents {

    private ApplicationEvents() {
    }

    /** Identity shared by every application event. */
    public interface ApplicationEvent extends DomainEvent {

        String applicationId();

        String ownerOpd();

        @Override
        default String aggregateId() {
            return applicationId();
        }

        @Override
        default String opdCode() {
            return ownerOpd();
        }
    }

    @EventType(value = "id.go.spbe.application.updated.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationUpdated(UUID eventId, Instant occurredAt, String applicationId, String ownerOpd,
            String name, List<String> changedFields, String updatedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return updatedBy;
        }
    }

    /** Every workflow step (A3, A4, A8): submitted, recommended, rejected, deposited, activated. */
    @EventType(value = "id.go.spbe.application.status-changed.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationStatusChanged(UUID eventId, Instant occurredAt, String applicationId, String ownerOpd,
            String name, ApplicationClass applicationClass, ApplicationStatus from, ApplicationStatus to,
            String note, String changedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return changedBy;
        }
    }

    /** Retired: consumers close what hangs on the application (VPS, backups, audit obligations). */
    @EventType(value = "id.go.spbe.application.decommissioned.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationDecommissioned(UUID eventId, Instant occurredAt, String applicationId, String ownerOpd,
            String name, ApplicationStatus from, String reason, String decommissionedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return decommissionedBy;
        }
    }

    @EventType(value = "id.go.spbe.application.stage-changed.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationStageChanged(UUID eventId, Instant occurredAt, String applicationId, String ownerOpd,
            SdlcStage from, SdlcStage to, String reason, String changedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return changedBy;
        }
    }

    @EventType(value = "id.go.spbe.application.document-added.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationDocumentAdded(UUID eventId, Instant occurredAt, String applicationId, String ownerOpd,
            String fileId, DocumentKind kind, int version, String contentType, long sizeBytes, String sha256,
            String signer, String uploadedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return uploadedBy;
        }
    }

    @EventType(value = "id.go.spbe.application.test-result-recorded.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationTestResultRecorded(UUID eventId, Instant occurredAt, String applicationId,
            String ownerOpd, String testResultId, TestResult.Kind kind, LocalDate testedOn, boolean passed,
            String recordedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return recordedBy;
        }
    }

    @EventType(value = "id.go.spbe.application.conformance-reviewed.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationConformanceReviewed(UUID eventId, Instant occurredAt, String applicationId,
            String ownerOpd, String reviewId, ConformanceReview.Result result, LocalDate reviewedOn,
            String reviewedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return reviewedBy;
        }
    }

    @EventType(value = "id.go.spbe.application.shared-use-approved.v1", topic = ApplicationRegistered.TOPIC)
    public record ApplicationSharedUseApproved(UUID eventId, Instant occurredAt, String applicationId,
            String ownerOpd, List<String> userOpds, String approvedBy) implements ApplicationEvent {

        @Override
        public String actor() {
            return approvedBy;
        }
    }
}
