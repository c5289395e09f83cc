package id.go.spbe.datacenter.site.web;

import id.go.spbe.datacenter.site.CapacityLedger.CapacityReport;
import id.go.spbe.datacenter.site.domain.Allocation;
import id.go.spbe.datacenter.site.domain.Capacity;
import id.go.spbe.datacenter.site.domain.DataCenter;
import id.go.spbe.datacenter.site.domain.DataCenterDetails;
import id.go.spbe.datacenter.site.domain.DrTarget;
import id.go.spbe.datacenter.site.domain.SiteRole;
import id.go.spbe.datacenter.site.domain.UpstreamLink;
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

/** Request and response bodies of the data-center API (D1, D9). */
final class DataCenterPayloads {

    static final String CODE = "^[A-Z][A-Z0-9-]{1,29}$";

    private DataCenterPayloads() {
    }

    record RegisterDataCenterForm(@NotBlank @Pattern(regexp = CODE, message = "kode: huruf besar, angka, -")
            String code, @Valid @NotNull DataCenterForm dataCenter) {
    }

    /** The data center's form; also the body of PUT (full replacement). */
    record DataCenterForm(@NotBlank @Size(max = 200) String name, @NotNull SiteRole role,
            @Size(max = 500) @Nullable String address, @Valid @NotNull CapacityForm capacity,
            @Size(max = 2) @Nullable List<@Valid @NotNull LinkForm> links,
            @Size(max = 500) @Nullable List<@Valid @NotNull DrTargetForm> drTargets) {

        DataCenterDetails details() {
            return new DataCenterDetails(name, role, address, capacity.capacity(),
                    links == null ? null : links.stream().map(LinkForm::link).toList(),
                    drTargets == null ? null : drTargets.stream().map(DrTargetForm::target).toList());
        }
    }

    record CapacityForm(@NotNull @Min(0) @Max(1_000_000) Integer vcpu, @NotNull @Min(0) @Max(100_000_000) Integer ramGib,
            @NotNull @Min(0) @Max(1_000_000_000) Integer diskGib, @NotNull @Min(0) @Max(100_000) Integer rackUnits,
            @NotNull @DecimalMin("0.0") @DecimalMax("100000.0") Double powerKw,
            @NotNull @DecimalMin("1.0") @DecimalMax("16.0") Double vcpuOvercommit,
            @NotNull @DecimalMin("1.0") @DecimalMax("4.0") Double ramOvercommit) {

        Capacity capacity() {
            return new Capacity(vcpu, ramGib, diskGib, rackUnits, powerKw, vcpuOvercommit, ramOvercommit);
        }
    }

    record LinkForm(@NotNull UpstreamLink.Upstream upstream, @NotBlank @Size(max = 200) String name,
            @NotNull UpstreamLink.LinkStatus status, @Min(1) @Max(10_000_000) @Nullable Integer bandwidthMbps,
            @Size(max = 1000) @Nullable String note, @Nullable Instant checkedAt) {

        UpstreamLink link() {
            return new UpstreamLink(upstream, name, status, bandwidthMbps, note, checkedAt);
        }
    }

    record LinkStatusForm(@NotNull UpstreamLink.Upstream upstream, @NotNull UpstreamLink.LinkStatus status,
            @Size(max = 1000) @Nullable String note) {
    }

    record DrTargetForm(@NotNull DrTarget.SystemKind systemKind, @NotBlank @Size(max = 64) String systemId,
            @Size(max = 200) @Nullable String systemName, @NotNull @Min(0) @Max(525_600) Integer rpoMinutes,
            @NotNull @Min(1) @Max(525_600) Integer rtoMinutes,
            @NotBlank @Pattern(regexp = CODE, message = "kode pusat data") String replicaSite) {

        DrTarget target() {
            return new DrTarget(systemKind, systemId, systemName, rpoMinutes, rtoMinutes, replicaSite);
        }
    }

    record CapacityView(int vcpu, int ramGib, int diskGib, int rackUnits, double powerKw, double vcpuOvercommit,
            double ramOvercommit) {

        static CapacityView of(Capacity c) {
            return new CapacityView(c.vcpu(), c.ramGib(), c.diskGib(), c.rackUnits(), c.powerKw(),
                    c.vcpuOvercommit(), c.ramOvercommit());
        }
    }

    record LinkView(UpstreamLink.Upstream upstream, String name, UpstreamLink.LinkStatus status,
            @Nullable Integer bandwidthMbps, @Nullable String note, @Nullable Instant checkedAt) {

        static LinkView of(UpstreamLink l) {
            return new LinkView(l.upstream(), l.name(), l.status(), l.bandwidthMbps(), l.note(), l.checkedAt());
        }
    }

    record DrTargetView(DrTarget.SystemKind systemKind, String systemId, @Nullable String systemName,
            int rpoMinutes, int rtoMinutes, String replicaSite) {

        static DrTargetView of(DrTarget t) {
            return new DrTargetView(t.systemKind(), t.systemId(), t.systemName(), t.rpoMinutes(), t.rtoMinutes(),
                    t.replicaSite());
        }
    }

    record DataCenterResponse(String code, String name, SiteRole role, @Nullable String address,
            CapacityView capacity, List<LinkView> links, List<DrTargetView> drTargets, String registeredBy,
            Instant registeredAt, String updatedBy, Instant updatedAt) {

        static DataCenterResponse of(DataCenter dc) {
            return new DataCenterResponse(dc.code(), dc.name(), dc.role(), dc.address(),
                    CapacityView.of(dc.capacity()), dc.links().stream().map(LinkView::of).toList(),
                    dc.drTargets().stream().map(DrTargetView::of).toList(), dc.registeredBy(), dc.registeredAt(),
                    dc.updatedBy(), dc.updatedAt());
        }
    }

    /** Resources in one unit each: vCPU, GiB, rack units, kW. */
    record ResourcesView(long vcpu, long ramGib, long diskGib, long rackUnits, double powerKw) {

        static ResourcesView of(Allocation a) {
            return new ResourcesView(a.vcpu(), a.ramGib(), a.diskGib(), a.rackUnits(), a.powerKw());
        }
    }

    /** Installed capacity, what may be allocated after overcommit, what VPS and colocations hold, what is free. */
    record CapacityResponse(String dataCenter, CapacityView installed, ResourcesView allocatable,
            ResourcesView allocated, ResourcesView free) {

        static CapacityResponse of(CapacityReport r) {
            return new CapacityResponse(r.dataCenter(), CapacityView.of(r.installed()),
                    ResourcesView.of(r.allocatable()), ResourcesView.of(r.allocated()), ResourcesView.of(r.free()));
        }
    }
}
