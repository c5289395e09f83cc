package id.go.spbe.datacenter.site;

import id.go.spbe.datacenter.site.domain.Allocation;
import id.go.spbe.datacenter.site.domain.Capacity;
import id.go.spbe.datacenter.site.domain.DataCenter;
import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Allocated against free capacity of a data center (D1), from every {@link AllocationSource}; the approval of a VPS
 * or a resize asks it whether the data center still has room (D4), overcommit ratios included.
 */
@Service
public class CapacityLedger {

    /** Installed, allocatable (after overcommit), allocated and free capacity of one data center. */
    public record CapacityReport(String dataCenter, Capacity installed, Allocation allocatable, Allocation allocated,
            Allocation free) {
    }

    private final DataCenterRepository dataCenters;
    private final List<AllocationSource> sources;

    CapacityLedger(DataCenterRepository dataCenters, List<AllocationSource> sources) {
        this.dataCenters = dataCenters;
        this.sources = sources;
    }

    public CapacityReport reportFor(DataCenter dc) {
        Allocation allocated = sources.stream().map(s -> s.allocatedIn(dc.code()))
                .reduce(Allocation.NONE, Allocation::plus);
        Capacity c = dc.capacity();
        Allocation allocatable = new Allocation(c.allocatableVcpu(), c.allocatableRamGib(), c.diskGib(),
                c.rackUnits(), c.powerKw());
        Allocation free = new Allocation(allocatable.vcpu() - allocated.vcpu(),
                allocatable.ramGib() - allocated.ramGib(), allocatable.diskGib() - allocated.diskGib(),
                allocatable.rackUnits() - allocated.rackUnits(),
                Math.round((allocatable.powerKw() - allocated.powerKw()) * 1000) / 1000.0);
        return new CapacityReport(dc.code(), c, allocatable, allocated, free);
    }

    /**
     * D4: refuses (422) when {@code wanted} does not fit in what is free in data center {@code code}.
     *
     * @return the data center's report before the allocation
     */
    public CapacityReport requireRoomFor(String code, Allocation wanted) {
        DataCenter dc = dataCenters.findById(code).orElseThrow(() -> new RuleViolationException("D1",
                "Pusat data '" + code + "' tidak terdaftar."));
        CapacityReport report = reportFor(dc);
        Allocation free = report.free();
        StringBuilder shortOf = new StringBuilder();
        if (wanted.vcpu() > free.vcpu()) {
            shortOf.append(" vCPU (butuh ").append(wanted.vcpu()).append(", sisa ").append(free.vcpu()).append(')');
        }
        if (wanted.ramGib() > free.ramGib()) {
            shortOf.append(" RAM (butuh ").append(wanted.ramGib()).append(" GiB, sisa ").append(free.ramGib())
                    .append(" GiB)");
        }
        if (wanted.diskGib() > free.diskGib()) {
            shortOf.append(" disk (butuh ").append(wanted.diskGib()).append(" GiB, sisa ").append(free.diskGib())
                    .append(" GiB)");
        }
        if (wanted.rackUnits() > free.rackUnits()) {
            shortOf.append(" rack unit (butuh ").append(wanted.rackUnits()).append(", sisa ")
                    .append(free.rackUnits()).append(')');
        }
        if (wanted.powerKw() > free.powerKw() + 1e-9) {
            shortOf.append(" daya (butuh ").append(wanted.powerKw()).append(" kW, sisa ").append(free.powerKw())
                    .append(" kW)");
        }
        if (!shortOf.isEmpty()) {
            throw new RuleViolationException("D4", "Kapasitas pusat data " + code + " tidak mencukupi:" + shortOf
                    + ".");
        }
        return report;
    }
}
