package id.go.spbe.datacenter.vps;

import id.go.spbe.datacenter.application.ApplicationReference;
import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.datacenter.osimage.OsImages;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.datacenter.vps.domain.VpsRequest;
import id.go.spbe.datacenter.vps.domain.VpsSpec;
import id.go.spbe.datacenter.vps.domain.VpsStatus;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReference;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * VPS requests (D4): who may ask — an OPD that runs no servers of its own (not Mandiri TIK, where the profile says
 * so), for an application of its own in the register (A1) — and the OPD-scoped lists.
 */
@Service
public class VpsRequests {

    private final VpsRequestRepository requests;
    private final VpsAccess access;
    private final OpdReferences opds;
    private final ApplicationReferences applications;
    private final DatacenterRegulation regulation;
    private final VpsProperties properties;
    private final OsImages osImages;
    private final Clock clock;

    VpsRequests(VpsRequestRepository requests, VpsAccess access, OpdReferences opds,
            ApplicationReferences applications, DatacenterRegulation regulation, VpsProperties properties,
            OsImages osImages, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.opds = opds;
        this.applications = applications;
        this.regulation = regulation;
        this.properties = properties;
        this.osImages = osImages;
        this.clock = clock;
    }

    /**
     * Submits a request for {@code requestedOpd} (Dinas, on an OPD's behalf) or the caller's own OPD.
     *
     * @param termMonths {@code null} for the configured default term
     */
    public VpsRequest submit(Caller caller, String requestedOpd, String applicationId, VpsSpec spec, String purpose,
            Integer termMonths) {
        String opd = requestedOpd != null ? requestedOpd : caller.opd();
        if (opd == null) {
            throw new InvalidRequestException("opd", "opd wajib diisi: pemohon tidak terikat pada satu OPD.");
        }
        caller.requireActsFor(opd);
        OpdReference reference = opds.requireKnown(opd);
        regulation.requireMayRequestVps(reference);
        ApplicationReference app = applications.requireHostableFor(applicationId, opd);
        int term = termMonths == null ? properties.defaultTermMonths() : termMonths;
        if (term > properties.maxTermMonths()) {
            throw new RuleViolationException("D4", "Masa layanan VPS paling lama " + properties.maxTermMonths()
                    + " bulan per permohonan; perpanjang sebelum berakhir.");
        }
        osImages.requireOffered(spec.osImage());
        VpsRequest vps = VpsRequest.submit(opd, app.id(), app.name(), spec, purpose.trim(), term,
                caller.username(), clock.instant());
        return requests.insert(vps);
    }

    /** A VPS request without an access check, for other features of this service that check their own. */
    public Optional<VpsRequest> find(String id) {
        return Optional.ofNullable(id).flatMap(requests::findById);
    }

    /** D2: the VPS of {@code opd} that hold resources (approved, provisioned, active), for the placement register. */
    public List<VpsRequest> holdingResourcesOf(String opd) {
        return requests.findByOpdAndStatusIn(opd, Arrays.stream(VpsStatus.values()).filter(VpsStatus::holdsCapacity)
                .toList());
    }

    public VpsRequest get(Caller caller, String id) {
        return access.forReading(caller, id);
    }

    /** The caller's OPD's requests, or any/the named OPD's for region-wide roles (403 for another OPD's list). */
    public Page<VpsRequest> list(Caller caller, String opd, VpsStatus status, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
        }
        if (scope == null) {
            return status == null ? requests.findAll(page) : requests.findByStatus(status, page);
        }
        return status == null ? requests.findByOpd(scope, page) : requests.findByOpdAndStatus(scope, status, page);
    }
}
