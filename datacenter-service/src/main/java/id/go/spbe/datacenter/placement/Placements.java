package id.go.spbe.datacenter.placement;

import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.datacenter.colocation.Colocations;
import id.go.spbe.datacenter.colocation.domain.RackReservation;
import id.go.spbe.datacenter.placement.domain.DeclaredSystem;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.datacenter.vps.VpsRequests;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * The placement register (D2): per OPD what it runs in the data center (VPS holding resources, active colocations)
 * and what it declares running elsewhere. Where the profile makes placement mandatory (Rejang Lebong) each system
 * outside is flagged with D2; elsewhere it is listed without a flag.
 */
@Service
public class Placements {

    /** One OPD's register. */
    public record Register(String opd, boolean placementMandatory, List<VpsRequest> vps,
            List<Colocations.Placed> colocations, List<DeclaredSystem> outside) {
    }

    private final DeclaredSystemRepository declared;
    private final VpsRequests vps;
    private final Colocations colocations;
    private final ApplicationReferences applications;
    private final OpdReferences opds;
    private final DatacenterRegulation regulation;
    private final Clock clock;

    Placements(DeclaredSystemRepository declared, VpsRequests vps, Colocations colocations,
            ApplicationReferences applications, OpdReferences opds, DatacenterRegulation regulation, Clock clock) {
        this.declared = declared;
        this.vps = vps;
        this.colocations = colocations;
        this.applications = applications;
        this.opds = opds;
        this.regulation = regulation;
        this.clock = clock;
    }

    public DeclaredSystem declare(Caller caller, String requestedOpd, String name, String applicationId,
            DeclaredSystem.Location location, String locationDetail) {
        String opd = requestedOpd != null ? requestedOpd : caller.opd();
        if (opd == null) {
            throw new InvalidRequestException("opd", "opd wajib diisi: pemohon tidak terikat pada satu OPD.");
        }
        caller.requireActsFor(opd);
        opds.requireKnown(opd);
        String app = applicationId == null || applicationId.isBlank() ? null
                : applications.requireHostableFor(applicationId, opd).id();
        return declared.insert(DeclaredSystem.declare(opd, name, app, location, locationDetail,
                regulation.placementObligationOutside(), caller.username(), clock.instant()));
    }

    public DeclaredSystem withdraw(Caller caller, String id, String reason, String ifMatch) {
        DeclaredSystem system = get(caller, id);
        boolean owner = caller.hasRole(Roles.OPD_OPERATOR) && system.opd().equals(caller.opd());
        if (!owner && !caller.hasRole(Roles.DINAS_ADMIN)) {
            throw new AccessDeniedException("only the owner OPD or Dinas withdraws a declared system");
        }
        ETags.checkIfMatch(ifMatch, system.version());
        system.withdraw(reason, caller.username(), clock.instant());
        return declared.save(system);
    }

    public DeclaredSystem get(Caller caller, String id) {
        return caller.visible(declared.findById(id), DeclaredSystem::opd)
                .orElseThrow(() -> new NotFoundException("Sistem di luar pusat data", id));
    }

    public Page<DeclaredSystem> list(Caller caller, String opd, DeclaredSystem.Status status, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
            return status == null ? declared.findByOpd(scope, page) : declared.findByOpdAndStatus(scope, status, page);
        }
        return status == null ? declared.findAll(page) : declared.findByStatus(status, page);
    }

    /** The register of one OPD: the caller's own, or the named one for callers who may see it. */
    public Register register(Caller caller, String opd) {
        String scope = caller.listScope(opd);
        if (scope == null) {
            throw new InvalidRequestException("opd", "opd wajib diisi: daftar penempatan dibuat per OPD.");
        }
        opds.requireKnown(scope);
        List<VpsRequest> machines = vps.holdingResourcesOf(scope);
        List<Colocations.Placed> racks = colocations.list(caller, scope, RackReservation.Status.ACTIVE,
                PageRequest.of(0, 1000, Sort.unsorted())).getContent();
        return new Register(scope, regulation.opdPlacement() == DatacenterRegulation.Placement.MANDATORY, machines,
                racks, declared.findByOpdAndStatus(scope, DeclaredSystem.Status.DECLARED));
    }
}
