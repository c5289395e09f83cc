package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.custody.CustodyTargetDirectory;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Tells the consent register (D7) which OPD a VPS belongs to. */
@Component
class VpsCustodyTargets implements CustodyTargetDirectory {

    private final VpsRequestRepository requests;

    VpsCustodyTargets(VpsRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public CustodyTarget.Kind kind() {
        return CustodyTarget.Kind.VPS;
    }

    @Override
    public Optional<String> ownerOf(String id) {
        return requests.findById(id).map(VpsRequest::opd);
    }
}
