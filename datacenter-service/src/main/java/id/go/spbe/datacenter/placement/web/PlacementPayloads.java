package id.go.spbe.datacenter.placement.web;

import id.go.spbe.datacenter.colocation.Colocations;
import id.go.spbe.datacenter.placement.Placements;
import id.go.spbe.datacenter.placement.domain.DeclaredSystem;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Request and response bodies of the placement register (D2). */
final class PlacementPayloads {

    static final String CODE = "^[A-Z][A-Z0-9_-]{1,29}$";

    private PlacementPayloads() {
    }

    record DeclareForm(@Pattern(regexp = CODE, message = "kode OPD") @Nullable String opd,
            @NotBlank @Size(max = 200) String name, @Size(max = 64) @Nullable String applicationId,
            @NotNull DeclaredSystem.Location location, @Size(max = 1000) @Nullable String locationDetail) {
    }

    record WithdrawForm(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The flag a system outside carries where placement is mandatory: the obligation and why. */
    record Flag(String obligation, String detail) {

        static @Nullable Flag of(@Nullable String obligation) {
            return obligation == null ? null : new Flag(obligation, "Peraturan daerah mewajibkan OPD menempatkan "
                    + "data dan server di Pusat Data daerah; sistem ini berjalan di luar.");
        }
    }

    record DeclaredResponse(String id, String opd, String name, @Nullable String applicationId,
            DeclaredSystem.Location location, @Nullable String locationDetail, DeclaredSystem.Status status,
            @Nullable Flag flag, String declaredBy, Instant declaredAt, @Nullable String withdrawReason,
            @Nullable Instant withdrawnAt, long version) {

        static DeclaredResponse of(DeclaredSystem s, @Nullable String obligation) {
            return new DeclaredResponse(s.id(), s.opd(), s.name(), s.applicationId(), s.location(),
                    s.locationDetail(), s.status(), s.status() == DeclaredSystem.Status.DECLARED
                            ? Flag.of(obligation) : null,
                    s.declaredBy(), s.declaredAt(), s.withdrawReason(), s.withdrawnAt(), Objects.requireNonNullElse(s.version(), 0L));
        }
    }

    record VpsEntry(String id, @Nullable String applicationId, @Nullable String applicationName,
            @Nullable String dataCenter, String status, int vcpu, int ramGib, int diskGib) {

        static VpsEntry of(VpsRequest v) {
            return new VpsEntry(v.id(), v.applicationId(), v.applicationName(), v.dataCenter(), v.status().name(),
                    v.spec().vcpu(), v.spec().ramGib(), v.spec().diskGib());
        }
    }

    record ColocationEntry(String id, String rackId, String rackName, String dataCenter, int startU, int heightU,
            double powerKw, String purpose) {

        static ColocationEntry of(Colocations.Placed p) {
            return new ColocationEntry(p.reservation().id(), p.rack().id(), p.rack().name(), p.rack().dataCenter(),
                    p.reservation().startU(), p.reservation().heightU(), p.reservation().powerKw(),
                    p.reservation().purpose());
        }
    }

    /** One OPD's register: inside the data center, and outside (flagged where placement is mandatory). */
    record RegisterResponse(String opd, boolean placementMandatory, List<VpsEntry> vps,
            List<ColocationEntry> colocations, List<DeclaredResponse> outside, int flagged) {

        static RegisterResponse of(Placements.Register r, @Nullable String obligation) {
            List<DeclaredResponse> outside = r.outside().stream().map(s -> DeclaredResponse.of(s, obligation))
                    .toList();
            return new RegisterResponse(r.opd(), r.placementMandatory(), r.vps().stream().map(VpsEntry::of).toList(),
                    r.colocations().stream().map(ColocationEntry::of).toList(), outside,
                    (int) outside.stream().filter(d -> d.flag() != null).count());
        }
    }
}
