package id.go.spbe.datacenter.dataset;

import id.go.spbe.datacenter.application.ApplicationReferences;
import id.go.spbe.datacenter.custody.CustodyGuard;
import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyConsent;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import id.go.spbe.datacenter.dataset.domain.Dataset;
import id.go.spbe.datacenter.dataset.domain.DatasetAccess;
import id.go.spbe.datacenter.regulation.DatacenterRegulation;
import id.go.spbe.datacenter.vps.VpsRequests;
import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.domain.RuleViolationException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.problem.InvalidRequestException;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.ETags;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The register of datasets stored in the data center (D8), with their classification, and the log of every access
 * to them. Reading a dataset's record is logged; Dinas reading another OPD's dataset needs that OPD's consent for
 * DATASET_ACCESS where the region requires one (D7). Auditors and coordinators read (logged) without one: D7 binds
 * Dinas's management of the data, not oversight.
 */
@Service
public class Datasets {

    private final DatasetRepository datasets;
    private final DatasetAccessRepository accesses;
    private final ApplicationReferences applications;
    private final VpsRequests vps;
    private final CustodyGuard custody;
    private final OpdReferences opds;
    private final DatacenterRegulation regulation;
    private final Clock clock;

    Datasets(DatasetRepository datasets, DatasetAccessRepository accesses, ApplicationReferences applications,
            VpsRequests vps, CustodyGuard custody, OpdReferences opds, DatacenterRegulation regulation, Clock clock) {
        this.datasets = datasets;
        this.accesses = accesses;
        this.applications = applications;
        this.vps = vps;
        this.custody = custody;
        this.opds = opds;
        this.regulation = regulation;
        this.clock = clock;
    }

    /** The owner OPD (or Dinas for it) registers a dataset on one of the OPD's systems. */
    public Dataset register(Caller caller, String requestedOpd, String name, Dataset.SystemKind kind, String systemId,
            String classification, String owner, String description) {
        String opd = requestedOpd != null ? requestedOpd : caller.opd();
        if (opd == null) {
            throw new InvalidRequestException("opd", "opd wajib diisi: pemohon tidak terikat pada satu OPD.");
        }
        caller.requireActsFor(opd);
        opds.requireKnown(opd);
        requireLevel(classification);
        String systemName = systemName(kind, systemId, opd);
        Instant now = clock.instant();
        Dataset dataset = datasets.insert(Dataset.register(opd, name, kind, systemId, systemName, classification,
                owner, description, caller.username(), now));
        log(dataset, "REGISTER", caller, null, now);
        return dataset;
    }

    /** Classification is the owner OPD's responsibility (RL p16(2)a, BT p13(2)a): its operator alone changes it. */
    public Dataset reclassify(Caller caller, String id, String classification, String reason, String ifMatch) {
        Dataset dataset = visible(caller, id);
        if (!caller.hasRole(Roles.OPD_OPERATOR) || !dataset.opd().equals(caller.opd())) {
            throw new AccessDeniedException("only the owner OPD classifies its dataset");
        }
        ETags.checkIfMatch(ifMatch, dataset.version());
        requireLevel(classification);
        Instant now = clock.instant();
        dataset.reclassify(classification, reason, caller.username(), now);
        Dataset saved = datasets.save(dataset);
        log(saved, "RECLASSIFY", caller, null, now);
        return saved;
    }

    /** One dataset's record: logged (D8); Dinas on another OPD's dataset needs its consent in force (D7). */
    public Dataset read(Caller caller, String id) {
        Dataset dataset = visible(caller, id);
        Optional<CustodyConsent> consent = Optional.empty();
        if (caller.hasRole(Roles.DINAS_ADMIN)) {
            consent = custody.require(caller, dataset.opd(), CustodyAction.DATASET_ACCESS, List.of(
                    new CustodyTarget(CustodyTarget.Kind.DATASET, dataset.id()),
                    new CustodyTarget(CustodyTarget.Kind.valueOf(dataset.systemKind().name()), dataset.systemId())));
        }
        log(dataset, "READ", caller, consent.map(CustodyConsent::id).orElse(null), clock.instant());
        return dataset;
    }

    /** The record without logging a read: for the response of a change, and the history. */
    public Dataset visible(Caller caller, String id) {
        return caller.visible(datasets.findById(id), Dataset::opd)
                .orElseThrow(() -> new NotFoundException("Dataset", id));
    }

    public Page<Dataset> list(Caller caller, String opd, String classification, Pageable page) {
        String scope = caller.listScope(opd);
        if (scope != null) {
            opds.requireKnown(scope);
            return classification == null ? datasets.findByOpd(scope, page)
                    : datasets.findByOpdAndClassification(scope, classification, page);
        }
        return classification == null ? datasets.findAll(page) : datasets.findByClassification(classification, page);
    }

    /** The access log of one OPD's datasets, or of one dataset; another OPD's → 403 (list) or 404 (dataset). */
    public Page<DatasetAccess> accessLog(Caller caller, String opd, String datasetId, Pageable page) {
        if (datasetId != null) {
            Dataset dataset = visible(caller, datasetId);
            if (opd != null && !opd.equals(dataset.opd())) {
                throw new NotFoundException("Dataset", datasetId);
            }
            return accesses.findByDatasetId(dataset.id(), page);
        }
        String scope = caller.listScope(opd);
        if (scope == null) {
            return accesses.findAll(page);
        }
        opds.requireKnown(scope);
        return accesses.findByOpd(scope, page);
    }

    /** An allowed access by {@code caller}; ObjectId ids keep entries of one instant in their order. */
    private void log(Dataset dataset, String action, Caller caller, String consentId, Instant at) {
        accesses.insert(DatasetAccess.of(new ObjectId().toHexString(), dataset, action, true, caller.username(),
                caller.opd(), consentId, at));
    }

    public List<String> levels() {
        return regulation.datasetClassifications();
    }

    private void requireLevel(String classification) {
        if (!regulation.datasetClassifications().contains(classification)) {
            throw new InvalidRequestException("classification", "Klasifikasi '" + classification
                    + "' tidak dikenal; tingkat yang berlaku: " + String.join(", ",
                    regulation.datasetClassifications()) + ".");
        }
    }

    private String systemName(Dataset.SystemKind kind, String systemId, String opd) {
        return switch (kind) {
            case APPLICATION -> applications.find(systemId).filter(a -> opd.equals(a.ownerOpd()))
                    .map(a -> a.name()).orElseThrow(() -> unknownSystem(kind, systemId, opd));
            case VPS -> vps.find(systemId).filter(v -> opd.equals(v.opd()))
                    .map(v -> v.applicationName() != null ? v.applicationName() : v.id())
                    .orElseThrow(() -> unknownSystem(kind, systemId, opd));
        };
    }

    /** Another OPD's system is answered like a missing one, so no OPD learns what another runs. */
    private static RuntimeException unknownSystem(Dataset.SystemKind kind, String systemId, String opd) {
        return new RuleViolationException("D8", kind + " '" + systemId + "' tidak ditemukan sebagai sistem OPD " + opd
                + " di Pusat Data; dataset dicatat pada sistem OPD sendiri.");
    }
}
