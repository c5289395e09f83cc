package id.go.spbe.datacenter.site.domain;

import id.go.spbe.platform.domain.RuleViolationException;

/**
 * The installed capacity of a data center (D1) and how far virtual CPUs and memory may be overcommitted. Disk, rack
 * units and power are never overcommitted.
 */
public record Capacity(int vcpu, int ramGib, int diskGib, int rackUnits, double powerKw, double vcpuOvercommit,
        double ramOvercommit) {

    public Capacity {
        if (vcpuOvercommit < 1 || ramOvercommit < 1) {
            throw new RuleViolationException("D1", "Rasio overcommit vCPU dan RAM paling kecil 1,0.");
        }
    }

    /** vCPUs that may be allocated: installed × overcommit, rounded down. */
    public long allocatableVcpu() {
        return (long) Math.floor(vcpu * vcpuOvercommit);
    }

    /** RAM (GiB) that may be allocated: installed × overcommit, rounded down. */
    public long allocatableRamGib() {
        return (long) Math.floor(ramGib * ramOvercommit);
    }
}
