package id.go.spbe.network.wan.web;

import id.go.spbe.network.wan.WanLinkRegister;
import id.go.spbe.network.wan.domain.Contract;
import id.go.spbe.network.wan.domain.Sla;
import id.go.spbe.network.wan.domain.Termination;
import id.go.spbe.network.wan.domain.WanLink;
import id.go.spbe.network.wan.domain.WanLinkStatus;
import id.go.spbe.network.wan.domain.WanMedium;
import id.go.spbe.platform.domain.HistoryEntry;
import id.go.spbe.platform.outbox.ChangeHistoryLog;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the WAN link API. */
final class WanLinkPayloads {

    private WanLinkPayloads() {
    }

    record ContractPayload(@Size(min = 1, max = 100) @Nullable String number, @Nullable LocalDate startDate,
            @Nullable LocalDate endDate) {

        Contract toContract() {
            return new Contract(number, startDate, endDate);
        }

        static ContractPayload of(Contract c) {
            return c == null ? null : new ContractPayload(c.number(), c.startDate(), c.endDate());
        }
    }

    record SlaPayload(@DecimalMin("0") @DecimalMax("100") @Nullable Double availabilityPercent,
            @Min(1) @Max(8760) @Nullable Integer maxRepairHours) {

        Sla toSla() {
            return new Sla(availabilityPercent, maxRepairHours);
        }

        static SlaPayload of(Sla s) {
            return s == null ? null : new SlaPayload(s.availabilityPercent(), s.maxRepairHours());
        }
    }

    /** An end as the caller names it: a site, and optionally the OPD router and its port. */
    @Schema(name = "WanLinkEndPayload")
    record EndPayload(@NotBlank @Size(max = 100) String siteId, @Size(min = 1, max = 100) @Nullable String deviceId,
            @Size(min = 1, max = 64) @Nullable String interfaceName) {

        WanLinkRegister.End toEnd() {
            return new WanLinkRegister.End(siteId, deviceId, interfaceName);
        }
    }

    /** A circuit, registered or replaced as a whole (Dinas only, N2). */
    record WanLinkRequest(@NotBlank @Size(max = 200) String provider, @NotBlank @Size(max = 100) String circuitId,
            @NotNull WanMedium medium, @NotNull @Min(1) @Max(10_000_000) Integer bandwidthDownMbps,
            @Min(1) @Max(10_000_000) @Nullable Integer bandwidthUpMbps, @Valid @Nullable ContractPayload contract,
            @Valid @Nullable SlaPayload sla, @NotNull @Valid EndPayload aEnd, @NotNull @Valid EndPayload bEnd) {

        WanLinkRegister.Request toRequest() {
            return new WanLinkRegister.Request(provider, circuitId, medium, bandwidthDownMbps, bandwidthUpMbps,
                    contract == null ? null : contract.toContract(), sla == null ? null : sla.toSla(),
                    aEnd.toEnd(), bEnd.toEnd());
        }
    }

    /** Why and since when (the date it stopped serving; left out: today) a circuit is decommissioned. */
    @Schema(name = "WanLinkDecommissionRequest")
    record DecommissionRequest(@NotBlank @Size(max = 1000) String reason, @Nullable LocalDate decommissionedOn) {
    }

    record TerminationResponse(String siteId, String opd, @Nullable String deviceId, @Nullable String interfaceName) {

        static TerminationResponse of(Termination t) {
            return new TerminationResponse(t.siteId(), t.opdCode(), t.deviceId(), t.interfaceName());
        }
    }

    record WanLinkResponse(String id, String provider, String circuitId, WanMedium medium, int bandwidthDownMbps,
            @Nullable Integer bandwidthUpMbps, @Nullable ContractPayload contract, @Nullable SlaPayload sla,
            TerminationResponse aEnd, TerminationResponse bEnd, WanLinkStatus status, String registeredBy,
            Instant registeredAt, @Nullable String updatedBy, @Nullable Instant updatedAt,
            @Nullable String decommissionedBy, @Nullable Instant decommissionedAt,
            @Nullable LocalDate decommissionedOn, @Nullable String decommissionReason, long version) {

        static WanLinkResponse of(WanLink l) {
            return new WanLinkResponse(l.id(), l.provider(), l.circuitId(), l.medium(), l.bandwidthDownMbps(),
                    l.bandwidthUpMbps(), ContractPayload.of(l.contract()), SlaPayload.of(l.sla()),
                    TerminationResponse.of(l.aEnd()), TerminationResponse.of(l.bEnd()), l.status(),
                    l.registeredBy(), l.registeredAt(), l.updatedBy(), l.updatedAt(), l.decommissionedBy(),
                    l.decommissionedAt(), l.decommissionedOn(), l.decommissionReason(),
                    l.version() == null ? 0 : l.version());
        }
    }

    @Schema(name = "WanLinkHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
