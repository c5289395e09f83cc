package id.go.spbe.datacenter.site.domain;

/** Resources of a data center taken by VPS and colocations. */
public record Allocation(long vcpu, long ramGib, long diskGib, long rackUnits, double powerKw) {

    public static final Allocation NONE = new Allocation(0, 0, 0, 0, 0);

    public Allocation plus(Allocation other) {
        return new Allocation(vcpu + other.vcpu, ramGib + other.ramGib, diskGib + other.diskGib,
                rackUnits + other.rackUnits, powerKw + other.powerKw);
    }
}
