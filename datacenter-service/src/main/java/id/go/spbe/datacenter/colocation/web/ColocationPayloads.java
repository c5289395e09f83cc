package id.go.spbe.datacenter.colocation.web;

import id.go.spbe.datacenter.colocation.Colocations.Placed;
import id.go.spbe.datacenter.colocation.domain.Rack;
import id.go.spbe.datacenter.colocation.domain.RackReservation;
import id.go.spbe.platform.security.Caller;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Request and response bodies of the rack and colocation API (D3, D4). */
final class ColocationPayloads {

    static final String CODE = "^[A-Z][A-Z0-9_-]{1,29}$";

    private ColocationPayloads() {
    }

    record RackForm(@NotBlank @Pattern(regexp = CODE, message = "kode pusat data") String dataCenter,
            @NotBlank @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{0,19}$", message = "nama rak: huruf besar, angka, -")
            String name, @NotNull @Min(1) @Max(60) Integer heightU,
            @NotNull @DecimalMin("0.1") @DecimalMax("100.0") Double maxPowerKw) {
    }

    record ColocationForm(@NotBlank @Size(max = 60) String rackId,
            @Pattern(regexp = CODE, message = "kode OPD") @Nullable String opd, @NotNull @Min(1) @Max(60) Integer startU,
            @NotNull @Min(1) @Max(60) Integer heightU, @NotNull @DecimalMin("0.0") @DecimalMax("100.0") Double powerKw,
            @NotBlank @Size(max = 1000) String purpose) {
    }

    record ReleaseForm(@NotBlank @Size(max = 2000) String reason) {
    }

    record RackResponse(String id, String dataCenter, String name, int heightU, double maxPowerKw,
            int reservedUnits, double reservedPowerKw, Instant registeredAt, long version) {

        static RackResponse of(Rack rack) {
            List<RackReservation> active = rack.reservations().stream().filter(RackReservation::active).toList();
            return new RackResponse(rack.id(), rack.dataCenter(), rack.name(), rack.heightU(), rack.maxPowerKw(),
                    active.stream().mapToInt(RackReservation::heightU).sum(),
                    active.stream().mapToDouble(RackReservation::powerKw).sum(), rack.registeredAt(),
                    Objects.requireNonNullElse(rack.version(), 0L));
        }
    }

    record ColocationResponse(String id, String rackId, String dataCenter, String rackName, String opd, int startU,
            int endU, int heightU, double powerKw, String purpose, RackReservation.Status status, String reservedBy,
            Instant reservedAt, @Nullable String releasedBy, @Nullable Instant releasedAt,
            @Nullable String releaseReason, long rackVersion) {

        static ColocationResponse of(Placed p) {
            RackReservation r = p.reservation();
            return new ColocationResponse(r.id(), p.rack().id(), p.rack().dataCenter(), p.rack().name(), r.opd(),
                    r.startU(), r.endU(), r.heightU(), r.powerKw(), r.purpose(), r.status(), r.reservedBy(),
                    r.reservedAt(), r.releasedBy(), r.releasedAt(), r.releaseReason(), Objects.requireNonNullElse(p.rack().version(), 0L));
        }
    }

    /** One rack unit: free, or whose (the purpose only for those who may see that OPD's records). */
    record UnitView(int u, @Nullable String reservationId, @Nullable String opd, @Nullable String purpose) {
    }

    /** The rack seen from the front, top unit first (NetBox-style elevation). */
    record ElevationResponse(String rackId, String dataCenter, String name, int heightU, double maxPowerKw,
            double reservedPowerKw, List<UnitView> units) {

        static ElevationResponse of(Rack rack, Caller caller) {
            List<UnitView> units = new ArrayList<>();
            for (int u = rack.heightU(); u >= 1; u--) {
                int unit = u;
                units.add(rack.holderOf(u).map(r -> new UnitView(unit, r.id(), r.opd(),
                        caller.maySee(r.opd()) ? r.purpose() : null)).orElse(new UnitView(unit, null, null, null)));
            }
            return new ElevationResponse(rack.id(), rack.dataCenter(), rack.name(), rack.heightU(), rack.maxPowerKw(),
                    rack.reservations().stream().filter(RackReservation::active)
                            .mapToDouble(RackReservation::powerKw).sum(), units);
        }
    }
}
