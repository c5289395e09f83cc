package id.go.spbe.datacenter.site;

import id.go.spbe.datacenter.site.domain.Allocation;

/**
 * Something that takes capacity of a data center (VPS, colocation). Features implement it as a bean; the
 * {@link CapacityLedger} adds them up, so this feature knows the capacity without depending on theirs.
 */
public interface AllocationSource {

    /** What this source holds in data center {@code dataCenter} now. */
    Allocation allocatedIn(String dataCenter);
}
