package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.site.AllocationSource;
import id.go.spbe.datacenter.site.domain.Allocation;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.domain.VpsStatus;
import org.springframework.stereotype.Component;

import java.util.List;

/** What VPS hold: approved, provisioned and active ones, per data center (D1) and per OPD (quota, D4). */
@Component
class VpsAllocations implements AllocationSource {

    private final VpsRequestRepository requests;

    VpsAllocations(VpsRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Allocation allocatedIn(String dataCenter) {
        return sum(requests.findByDataCenterAndStatusIn(dataCenter, VpsStatus.HOLDING));
    }

    /** The OPD's VPS holding capacity, in any data center. */
    List<VpsRequest> heldBy(String opd) {
        return requests.findByOpdAndStatusIn(opd, VpsStatus.HOLDING);
    }

    static Allocation sum(List<VpsRequest> vps) {
        long vcpu = 0;
        long ram = 0;
        long disk = 0;
        for (VpsRequest v : vps) {
            vcpu += v.spec().vcpu();
            ram += v.spec().ramGib();
            disk += v.spec().diskGib();
        }
        return new Allocation(vcpu, ram, disk, 0, 0);
    }
}
