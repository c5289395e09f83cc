package id.go.spbe.appregistry.opd.web;

import id.go.spbe.appregistry.opd.domain.Opd;
import id.go.spbe.appregistry.opd.domain.OpdKind;
import id.go.spbe.platform.domain.ChangeHistory;
import id.go.spbe.platform.domain.HistoryEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the OPD directory API. */
final class OpdPayloads {

    private OpdPayloads() {
    }

    record RegisterOpdRequest(
            @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_-]{1,29}$",
                    message = "huruf kapital, angka, '-' atau '_' (2-30 karakter)") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull OpdKind kind,
            boolean dinas) {
    }

    record UpdateOpdRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull OpdKind kind,
            boolean dinas,
            @NotNull Boolean active) {
    }

    record OpdResponse(String code, String name, OpdKind kind, boolean dinas, boolean mandiriTik, boolean active,
            Instant registeredAt, Instant updatedAt, long version) {

        static OpdResponse of(Opd opd) {
            return new OpdResponse(opd.code(), opd.name(), opd.kind(), opd.dinas(), opd.mandiriTik(), opd.active(),
                    opd.registeredAt(), opd.updatedAt(), opd.version() == null ? 0 : opd.version());
        }
    }

    /** The change history of a record and whether its hash chain is intact (SEC1). */
    record HistoryResponse(boolean intact, Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(List<HistoryEntry> entries) {
            var broken = ChangeHistory.firstBrokenEntry(entries);
            return new HistoryResponse(broken.isEmpty(), broken.map(HistoryEntry::sequence).orElse(null), entries);
        }
    }
}
