package id.go.spbe.appregistry.subdomain.web;

import id.go.spbe.appregistry.subdomain.Availability;
import id.go.spbe.appregistry.subdomain.domain.Subdomain;
import id.go.spbe.appregistry.subdomain.domain.SubdomainPurpose;
import id.go.spbe.appregistry.subdomain.domain.SubdomainStatus;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the subdomain register API. */
final class SubdomainPayloads {

    private SubdomainPayloads() {
    }

    /**
     * Asks for a name. Give the {@code label} ({@code simpus}) or the full name ({@code fqdn}), not both.
     */
    record ClaimSubdomainRequest(
            @Size(min = 1, max = 253) @Nullable String label,
            @Size(min = 1, max = 253) @Nullable String fqdn,
            @NotNull SubdomainPurpose purpose,
            @Size(min = 1, max = 100) @Nullable String applicationId,
            @Size(min = 1, max = 30) @Nullable String opd) {

        String requestedName() {
            if ((label == null) == (fqdn == null)) {
                throw new InvalidRequestException("Isi tepat satu dari label atau fqdn.");
            }
            return label != null ? label : fqdn;
        }
    }

    /** Refusal and release of a name: up to 1000 characters (subdomain events carry it). */
    @Schema(name = "SubdomainReasonRequest")
    record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record SubdomainResponse(String fqdn, String label, int generation, SubdomainPurpose purpose,
            @Nullable String applicationId, String ownerOpd, SubdomainStatus status, @Nullable String requestedBy,
            @Nullable Instant requestedAt, @Nullable String allocatedBy, @Nullable Instant allocatedAt,
            @Nullable String refusedBy, @Nullable Instant refusedAt, @Nullable String refusalReason,
            @Nullable String releasedBy, @Nullable Instant releasedAt, @Nullable String releaseReason, long version) {

        static SubdomainResponse of(Subdomain s) {
            return new SubdomainResponse(s.fqdn(), s.label(), s.generation(), s.purpose(), s.applicationId(),
                    s.ownerOpd(), s.status(), s.requestedBy(), s.requestedAt(), s.allocatedBy(), s.allocatedAt(),
                    s.refusedBy(), s.refusedAt(), s.refusalReason(), s.releasedBy(), s.releasedAt(),
                    s.releaseReason(), s.version() == null ? 0 : s.version());
        }
    }

    record AvailabilityResponse(String name, @Nullable String label, @Nullable String fqdn,
            Availability.Verdict availability,
            boolean available, @Nullable String reason) {

        static AvailabilityResponse of(Availability a) {
            return new AvailabilityResponse(a.name(), a.label(), a.fqdn(), a.verdict(),
                    a.verdict() == Availability.Verdict.AVAILABLE, a.reason());
        }
    }

    /** The change history of a name across its generations and whether its hash chain is intact (SEC1). */
    @Schema(name = "SubdomainHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }

        static HistoryResponse of(List<HistoryEntry> entries) {
            var broken = ChangeHistory.firstBrokenEntry(entries);
            return new HistoryResponse(broken.isEmpty(), broken.map(HistoryEntry::sequence).orElse(null), entries);
        }
    }
}
