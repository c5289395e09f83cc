package id.go.spbe.network.site.web;

import id.go.spbe.network.site.domain.Site;
import id.go.spbe.network.site.domain.SiteDetails;
import id.go.spbe.network.site.domain.Uplink;
import id.go.spbe.network.site.domain.UpstreamNetwork;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the site register API. */
final class SitePayloads {

    static final String OPD_CODE = "^[A-Z][A-Z0-9_-]{1,29}$";

    private SitePayloads() {
    }

    record UplinkPayload(@NotNull UpstreamNetwork network, @Size(min = 1, max = 200) @Nullable String provider,
            @Min(1) @Max(1_000_000) @Nullable Integer bandwidthMbps,
            @Size(min = 1, max = 100) @Nullable String circuitId,
            @Size(max = 1000) @Nullable String description) {

        Uplink toUplink() {
            return new Uplink(network, provider, bandwidthMbps, circuitId, description);
        }

        static UplinkPayload of(Uplink u) {
            return new UplinkPayload(u.network(), u.provider(), u.bandwidthMbps(), u.circuitId(), u.description());
        }
    }

    /** A new site of an OPD (Dinas). */
    record RegisterSiteRequest(@NotBlank @Pattern(regexp = OPD_CODE) String opd,
            @NotBlank @Size(max = 200) String name, @Size(max = 1000) @Nullable String address,
            @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
            @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude,
            @Size(max = 20) @Nullable List<@Valid @NotNull UplinkPayload> uplinks) {

        SiteDetails details() {
            return new SiteDetails(name, address, latitude, longitude,
                    uplinks == null ? List.of() : uplinks.stream().map(UplinkPayload::toUplink).toList());
        }
    }

    /** Everything about a site but its OPD, replaced as a whole. */
    record UpdateSiteRequest(@NotBlank @Size(max = 200) String name, @Size(max = 1000) @Nullable String address,
            @DecimalMin("-90") @DecimalMax("90") @Nullable Double latitude,
            @DecimalMin("-180") @DecimalMax("180") @Nullable Double longitude,
            @Size(max = 20) @Nullable List<@Valid @NotNull UplinkPayload> uplinks) {

        SiteDetails details() {
            return new SiteDetails(name, address, latitude, longitude,
                    uplinks == null ? List.of() : uplinks.stream().map(UplinkPayload::toUplink).toList());
        }
    }

    /** A site; {@code parentOpd} is the OPD above the site's OPD in the directory's tree (N1), if any. */
    record SiteResponse(String id, String opd, @Nullable String parentOpd, String name, @Nullable String address, @Nullable Double latitude,
            @Nullable Double longitude, List<UplinkPayload> uplinks, String registeredBy, Instant registeredAt,
            @Nullable String updatedBy, @Nullable Instant updatedAt, long version) {

        static SiteResponse of(Site s, String parentOpd) {
            return new SiteResponse(s.id(), s.opdCode(), parentOpd, s.name(), s.address(), s.latitude(), s.longitude(),
                    s.uplinks().stream().map(UplinkPayload::of).toList(), s.registeredBy(), s.registeredAt(),
                    s.updatedBy(), s.updatedAt(), s.version() == null ? 0 : s.version());
        }
    }

    /** The tamper-evident change history of a site (SEC1). */
    @Schema(name = "SiteHistoryResponse")
    record HistoryResponse(boolean intact, @Nullable Long firstBrokenSequence, List<HistoryEntry> entries) {

        static HistoryResponse of(ChangeHistoryLog.VerifiedHistory history) {
            return new HistoryResponse(history.intact(), history.firstBrokenSequence(), history.entries());
        }
    }
}
