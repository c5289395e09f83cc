package id.go.spbe.datacenter.dataset;

import id.go.spbe.datacenter.custody.CustodyActionTaken;
import id.go.spbe.datacenter.custody.CustodyTargetDirectory;
import id.go.spbe.datacenter.custody.domain.CustodyAction;
import id.go.spbe.datacenter.custody.domain.CustodyTarget;
import id.go.spbe.datacenter.dataset.domain.Dataset;
import id.go.spbe.datacenter.dataset.domain.DatasetAccess;
import org.bson.types.ObjectId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * D8: a custody action on a system (restore test, decommissioning, D7) is an access to every dataset the register
 * holds on it, so it goes into their access log, refused attempts included. Also tells the consent register which
 * OPD owns a dataset a consent names.
 */
@Component
class CustodyAccessLog implements CustodyTargetDirectory {

    private final DatasetRepository datasets;
    private final DatasetAccessRepository accesses;

    CustodyAccessLog(DatasetRepository datasets, DatasetAccessRepository accesses) {
        this.datasets = datasets;
        this.accesses = accesses;
    }

    @EventListener
    void on(CustodyActionTaken action) {
        if (action.action() == CustodyAction.DATASET_ACCESS && action.allowed()) {
            return; // the read itself is logged by Datasets.read, with the consent it was done under
        }
        Map<String, Dataset> touched = new LinkedHashMap<>();
        datasets.findByOpdAndSystemIdIn(action.ownerOpd(), action.systems().stream()
                .filter(t -> t.kind() != CustodyTarget.Kind.DATASET).map(CustodyTarget::id).toList())
                .forEach(d -> touched.put(d.id(), d));
        datasets.findByOpdAndIdIn(action.ownerOpd(), action.systems().stream()
                .filter(t -> t.kind() == CustodyTarget.Kind.DATASET).map(CustodyTarget::id).toList())
                .forEach(d -> touched.put(d.id(), d));
        touched.values().forEach(d -> accesses.insert(DatasetAccess.of(new ObjectId().toHexString(), d,
                action.action().name(), action.allowed(), action.actor(), action.actorOpd(), action.consentId(),
                action.at())));
    }

    @Override
    public CustodyTarget.Kind kind() {
        return CustodyTarget.Kind.DATASET;
    }

    @Override
    public Optional<String> ownerOf(String id) {
        return datasets.findById(id).map(Dataset::opd);
    }
}
