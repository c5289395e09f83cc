package id.go.spbe.datacenter.colocation;

import id.go.spbe.datacenter.colocation.domain.Rack;
import id.go.spbe.datacenter.colocation.domain.RackReservation;
import id.go.spbe.datacenter.site.AllocationSource;
import id.go.spbe.datacenter.site.domain.Allocation;
import org.springframework.stereotype.Component;

/** What active colocations hold of a data center: rack units and power (D1, D3). */
@Component
class ColocationAllocations implements AllocationSource {

    private final RackRepository racks;

    ColocationAllocations(RackRepository racks) {
        this.racks = racks;
    }

    @Override
    public Allocation allocatedIn(String dataCenter) {
        long units = 0;
        double power = 0;
        for (Rack rack : racks.findByDataCenterOrderByNameAsc(dataCenter)) {
            for (RackReservation r : rack.reservations()) {
                if (r.active()) {
                    units += r.heightU();
                    power += r.powerKw();
                }
            }
        }
        return new Allocation(0, 0, 0, units, power);
    }
}
