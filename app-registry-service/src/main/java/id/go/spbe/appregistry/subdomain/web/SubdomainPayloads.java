package id.go.spbe.appregistry.subdomain.web;

import id.go.spbe.appregistry.subdomain.Availability;
import id.go.spbe.appregistry.subdomain.domain.Subdomain;
import id.go.spbe.appregistry.subdomain.domain.SubdomainPurpose;
import id.go.spbe.appregistry.subdomain.domain.SubdomainStatus;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import id.go.spbe.platform.problem.InvalidRequestException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
            @Size(min = 1, max = 253) String label,
            @Size(min = 1, max = 253) String fqdn,
            @NotNull SubdomainPurpose purpose,
            @Size(min = 1, max = 100) String applicationId,
            @Size(min = 1, max = 30) String opd) {

        String requestedName() {
            if ((label == null) == (fqdn == null)) {
                throw new InvalidRequestException("Isi tepat satu dari label atau fqdn.");
            }
            return label != null ? label : fqdn;
        }
    }

    record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record SubdomainResponse(String fqdn, String label, int generation, SubdomainPurpose purpose,
            String applicationId, String ownerOpd, SubdomainStatus status, String requestedBy, Instant requestedAt,
            String allocatedBy, Instant allocatedAt, String refusedBy, Instant refusedAt, String refusalReason,
            String releasedBy, Instant releasedAt, String releaseReason, long version) {

        static SubdomainResponse of(Subdomain s) {
            return new SubdomainResponse(s.fqdn(), s.label(), s.generation(), s.purpose(), s.applicationId(),
                    s.ownerOpd(), s.status(), s.requestedBy(), s.requestedAt(), s.allocatedBy(), s.allocatedAt(),
                    s.refusedBy(), s.refusedAt(), s.refusalReason(), s.releasedBy(), s.releasedAt(),
                    s.releaseReason(), s.version() == null ? 0 : s.version());
        }
    }

    record AvailabilityResponse(String name, String label, String fqdn, Availability.Verdict availability,
            boolean available, String reason) {

        static AvailabilityResponse of(Availability a) {
            return new AvailabilityResponse(a.name(), a.label(), a.fqdn(), a.verdict(),
                    a.verdict() == Availability.Verdict.AVAILABLE, a.reason());
        }
    }

    /** The change history of a name across its generations and whether its hash chain is intact (SEC1). */
    record HistoryResponse(boolean intact, Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }

        static HistoryResponse of(List<HistoryEntry> entries) {
            var broken = ChangeHistory.firstBrokenEntry(entries);
            return new HistoryResponse(broken.isEmpty(), broken.map(HistoryEntry::sequence).orElse(null), entries);
        }
    }
}
