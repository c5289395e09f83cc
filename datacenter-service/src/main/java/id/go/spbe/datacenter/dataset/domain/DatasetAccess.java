package id.go.spbe.datacenter.dataset.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One access to a dataset (D8): a read of its record, a change, or a custody action on the system holding it (D7),
 * allowed or refused. Append-only; the owner OPD reads its log, no other OPD does.
 *
 * @param action    {@code READ}, {@code REGISTER}, {@code RECLASSIFY}, or a custody action ({@code RESTORE_TEST},
 *                  {@code DECOMMISSION_VPS}, {@code DATASET_ACCESS})
 * @param allowed   false for a custody action refused for want of a consent (D7)
 * @param consentId the consent it was done under, when one was required
 */
@Document("dataset_access_log")
@CompoundIndexes({@CompoundIndex(name = "opd_at", def = "{'opd': 1, 'at': -1}"),
        @CompoundIndex(name = "dataset_at", def = "{'datasetId': 1, 'at': -1}")})
public record DatasetAccess(@Id String id, String datasetId, String datasetName, String opd, String action,
        boolean allowed, String actor, String actorOpd, String consentId, Instant at) {

    /** {@code id} orders entries of the same instant (the caller passes an ever-growing one, e.g. an ObjectId). */
    public static DatasetAccess of(String id, Dataset d, String action, boolean allowed, String actor,
            String actorOpd, String consentId, Instant at) {
        return new DatasetAccess(id, d.id(), d.name(), d.opd(), action, allowed, actor,
                actorOpd, consentId, at);
    }
}
