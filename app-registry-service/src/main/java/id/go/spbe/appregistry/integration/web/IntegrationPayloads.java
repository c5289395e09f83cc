package id.go.spbe.appregistry.integration.web;

import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.appregistry.integration.ApplicationIntegrations;
import id.go.spbe.appregistry.integration.ApplicationRef;
import id.go.spbe.appregistry.integration.IntegrationView;
import id.go.spbe.appregistry.integration.domain.Integration;
import id.go.spbe.appregistry.integration.domain.IntegrationKind;
import id.go.spbe.appregistry.integration.domain.IntegrationStatus;
import id.go.spbe.platform.domain.HistoryEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the integration register API. */
final class IntegrationPayloads {

    private IntegrationPayloads() {
    }

    record RecordIntegrationRequest(
            @NotBlank @Size(max = 100) String providerApplicationId,
            @NotBlank @Size(max = 100) String consumerApplicationId,
            @NotNull IntegrationKind kind,
            @NotBlank @Size(max = 2000) String purpose,
            @Size(max = 2000) @Nullable String dataExchanged) {
    }

    record EndIntegrationRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record DeclineIntegrationRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The change history of an integration and whether its hash chain is intact (SEC1). */
    record IntegrationHistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static IntegrationHistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new IntegrationHistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }

    record ApplicationSummary(String id, String name, String ownerOpd) {

        static ApplicationSummary of(ApplicationRef ref) {
            return new ApplicationSummary(ref.id(), ref.name(), ref.ownerOpd());
        }
    }

    /**
     * @param proposedByOpd the OPD that proposed a cross-OPD relation; null when it was recorded ACTIVE at once
     * @param awaitingOpd   the OPD whose acceptance the proposal needed (besides Dinas)
     */
    record IntegrationResponse(String id, ApplicationSummary provider, ApplicationSummary consumer,
            IntegrationKind kind, String purpose, @Nullable String dataExchanged, IntegrationStatus status,
            String recordedBy, Instant recordedAt, @Nullable String proposedByOpd, @Nullable String awaitingOpd,
            @Nullable String acceptedBy, @Nullable Instant acceptedAt, @Nullable String declinedBy,
            @Nullable Instant declinedAt, @Nullable String declineReason, @Nullable String endedBy,
            @Nullable Instant endedAt, @Nullable String endReason, long version) {

        static IntegrationResponse of(IntegrationView view) {
            Integration i = view.integration();
            return new IntegrationResponse(i.id(), ApplicationSummary.of(view.provider()),
                    ApplicationSummary.of(view.consumer()), i.kind(), i.purpose(), i.dataExchanged(), i.status(),
                    i.recordedBy(), i.recordedAt(), i.proposedByOpd(), i.awaitingOpd(), i.acceptedBy(),
                    i.acceptedAt(), i.declinedBy(), i.declinedAt(), i.declineReason(), i.endedBy(), i.endedAt(),
                    i.endReason(), i.version() == null ? 0 : i.version());
        }
    }

    /** One relation seen from one application: the application on the other end and what connects them. */
    record RelationEntry(String integrationId, ApplicationSummary otherApplication, IntegrationKind kind,
            String purpose, @Nullable String dataExchanged, IntegrationStatus status, @Nullable String awaitingOpd,
            Instant recordedAt, @Nullable Instant endedAt) {

        static RelationEntry of(IntegrationView view, ApplicationRef other) {
            Integration i = view.integration();
            return new RelationEntry(i.id(), ApplicationSummary.of(other), i.kind(), i.purpose(), i.dataExchanged(),
                    i.status(), i.status() == IntegrationStatus.PROPOSED ? i.awaitingOpd() : null, i.recordedAt(),
                    i.endedAt());
        }
    }

    /**
     * @param provides what this application offers to others (each entry names the consumer)
     * @param consumes what this application uses from others (each entry names the provider)
     */
    record ApplicationIntegrationsResponse(ApplicationSummary application, List<RelationEntry> provides,
            List<RelationEntry> consumes) {

        static ApplicationIntegrationsResponse of(ApplicationIntegrations relations) {
            return new ApplicationIntegrationsResponse(ApplicationSummary.of(relations.application()),
                    relations.provides().stream().map(v -> RelationEntry.of(v, v.consumer())).toList(),
                    relations.consumes().stream().map(v -> RelationEntry.of(v, v.provider())).toList());
        }
    }
}
