package id.go.spbe.datacenter.dataset.web;

import id.go.spbe.datacenter.dataset.domain.Dataset;
import id.go.spbe.datacenter.dataset.domain.DatasetAccess;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the dataset register (D8). */
final class DatasetPayloads {

    static final String CODE = "^[A-Z][A-Z0-9_-]{1,29}$";
    static final String LEVEL = "^[A-Z][A-Z0-9_]{0,39}$";

    private DatasetPayloads() {
    }

    record RegisterForm(@Pattern(regexp = CODE, message = "kode OPD") @Nullable String opd,
            @NotBlank @Size(max = 200) String name, @NotNull Dataset.SystemKind systemKind,
            @NotBlank @Size(max = 64) String systemId,
            @NotBlank @Pattern(regexp = LEVEL, message = "tingkat klasifikasi") String classification,
            @NotBlank @Size(max = 200) String owner, @Size(max = 2000) @Nullable String description) {
    }

    record ReclassifyForm(@NotBlank @Pattern(regexp = LEVEL, message = "tingkat klasifikasi") String classification,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** A row of the register: what the list shows, without the description (reading the record is logged). */
    record DatasetSummary(String id, String opd, String name, Dataset.SystemKind systemKind, String systemId,
            @Nullable String systemName, String classification, String owner) {

        static DatasetSummary of(Dataset d) {
            return new DatasetSummary(d.id(), d.opd(), d.name(), d.systemKind(), d.systemId(), d.systemName(),
                    d.classification(), d.owner());
        }
    }

    record DatasetResponse(String id, String opd, String name, Dataset.SystemKind systemKind, String systemId,
            @Nullable String systemName, String classification, String owner, @Nullable String description,
            String registeredBy, Instant registeredAt, Instant classifiedAt) {

        static DatasetResponse of(Dataset d) {
            return new DatasetResponse(d.id(), d.opd(), d.name(), d.systemKind(), d.systemId(), d.systemName(),
                    d.classification(), d.owner(), d.description(), d.registeredBy(), d.registeredAt(),
                    d.classifiedAt());
        }
    }

    record AccessResponse(String id, String datasetId, String datasetName, String opd, String action,
            boolean allowed, String actor, @Nullable String actorOpd, @Nullable String consentId, Instant at) {

        static AccessResponse of(DatasetAccess a) {
            return new AccessResponse(a.id(), a.datasetId(), a.datasetName(), a.opd(), a.action(), a.allowed(),
                    a.actor(), a.actorOpd(), a.consentId(), a.at());
        }
    }

    /** The classification levels of the region's profile, lowest first. */
    record LevelsResponse(List<String> levels) {
    }
}
