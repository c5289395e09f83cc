package id.go.spbe.appregistry.integration.web;

import id.go.spbe.appregistry.integration.ApplicationIntegrations;
import id.go.spbe.appregistry.integration.ApplicationRef;
import id.go.spbe.appregistry.integration.IntegrationView;
import id.go.spbe.appregistry.integration.domain.Integration;
import id.go.spbe.appregistry.integration.domain.IntegrationKind;
import id.go.spbe.appregistry.integration.domain.IntegrationStatus;
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

    record ApplicationSummary(String id, String name, String ownerOpd) {

        static ApplicationSummary of(ApplicationRef ref) {
            return new ApplicationSummary(ref.id(), ref.name(), ref.ownerOpd());
        }
    }

    record IntegrationResponse(String id, ApplicationSummary provider, ApplicationSummary consumer,
            IntegrationKind kind, String purpose, @Nullable String dataExchanged, IntegrationStatus status,
            String recordedBy,
            Instant recordedAt, @Nullable String endedBy, @Nullable Instant endedAt, @Nullable String endReason,
            long version) {

        static IntegrationResponse of(IntegrationView view) {
            Integration i = view.integration();
            return new IntegrationResponse(i.id(), ApplicationSummary.of(view.provider()),
                    ApplicationSummary.of(view.consumer()), i.kind(), i.purpose(), i.dataExchanged(), i.status(),
                    i.recordedBy(), i.recordedAt(), i.endedBy(), i.endedAt(), i.endReason(),
                    i.version() == null ? 0 : i.version());
        }
    }

    /** One relation seen from one application: the application on the other end and what connects them. */
    record RelationEntry(String integrationId, ApplicationSummary otherApplication, IntegrationKind kind,
            String purpose, @Nullable String dataExchanged, IntegrationStatus status, Instant recordedAt,
            @Nullable Instant endedAt) {

        static RelationEntry of(IntegrationView view, ApplicationRef other) {
            Integration i = view.integration();
            return new RelationEntry(i.id(), ApplicationSummary.of(other), i.kind(), i.purpose(), i.dataExchanged(),
                    i.status(), i.recordedAt(), i.endedAt());
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
