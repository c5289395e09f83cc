package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads a VPS request for a caller (SEC1): another OPD's request is a 404 (no existence leak); a caller who may see
 * but not act (auditor, coordinator) gets 403 for changes.
 */
@Component
class VpsAccess {

    private final VpsRequestRepository requests;

    VpsAccess(VpsRequestRepository requests) {
        this.requests = requests;
    }

    VpsRequest forReading(Caller caller, String id) {
        return caller.visible(requests.findById(id), VpsRequest::opd)
                .orElseThrow(() -> new NotFoundException("Permohonan VPS", id));
    }

    /** The OPD's operators and Dinas admins act on the OPD's VPS. */
    VpsRequest forOwnerOrDinas(Caller caller, String id) {
        VpsRequest vps = forReading(caller, id);
        boolean owner = caller.hasRole(Roles.OPD_OPERATOR) && vps.opd().equals(caller.opd());
        if (!owner && !caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only the owner OPD or Dinas acts on a VPS");
        }
        return vps;
    }

    /** Decisions on the data center's resources are Dinas's (D4). */
    VpsRequest forDinas(Caller caller, String id) {
        VpsRequest vps = forReading(caller, id);
        if (!caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only Dinas takes this step");
        }
        return vps;
    }
}
