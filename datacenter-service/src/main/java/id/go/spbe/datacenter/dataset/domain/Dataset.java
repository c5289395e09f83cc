package id.go.spbe.datacenter.dataset.domain;

import id.go.spbe.datacenter.dataset.domain.DatasetEvents.DatasetRegistered;
import id.go.spbe.datacenter.dataset.domain.DatasetEvents.DatasetReclassified;
import id.go.spbe.platform.domain.AggregateRoot;
import id.go.spbe.platform.domain.StateConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.UUID;

/**
 * A dataset an OPD stores in the data center (D8): on which system (a registered application or a VPS), who in the
 * OPD answers for it, and its security classification — set by the OPD, whose responsibility it is (RL p16(2)a,
 * BT p13(2)a), from the levels of the region's profile.
 */
@Document("datasets")
public class Dataset extends AggregateRoot {

    /** The kind of system holding the dataset. */
    public enum SystemKind {
        APPLICATION, VPS
    }

    @Id
    private String id;
    @Indexed
    private String opd;
    private String name;
    private SystemKind systemKind;
    @Indexed
    private String systemId;
    private String systemName;
    private String classification;
    private String owner;
    private String description;
    private String registeredBy;
    private Instant registeredAt;
    private Instant classifiedAt;

    Dataset() {
    }

    public static Dataset register(String opd, String name, SystemKind systemKind, String systemId, String systemName,
            String classification, String owner, String description, String by, Instant now) {
        Dataset d = new Dataset();
        d.id = UUID.randomUUID().toString();
        d.opd = opd;
        d.name = name.trim();
        d.systemKind = systemKind;
        d.systemId = systemId;
        d.systemName = systemName;
        d.classification = classification;
        d.owner = owner.trim();
        d.description = description == null || description.isBlank() ? null : description.trim();
        d.registeredBy = by;
        d.registeredAt = now;
        d.classifiedAt = now;
        d.raise(new DatasetRegistered(UUID.randomUUID(), now, d.id, opd, d.name, systemKind.name(), systemId,
                classification, d.owner, by));
        return d;
    }

    public void reclassify(String to, String reason, String by, Instant now) {
        if (to.equals(classification)) {
            throw new StateConflictException("Dataset ini sudah berklasifikasi " + to + ".");
        }
        String from = classification;
        classification = to;
        classifiedAt = now;
        raise(new DatasetReclassified(UUID.randomUUID(), now, id, opd, from, to, reason.trim(), by));
    }

    public String id() {
        return id;
    }

    public String opd() {
        return opd;
    }

    public String name() {
        return name;
    }

    public SystemKind systemKind() {
        return systemKind;
    }

    public String systemId() {
        return systemId;
    }

    public String systemName() {
        return systemName;
    }

    public String classification() {
        return classification;
    }

    public String owner() {
        return owner;
    }

    public String description() {
        return description;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant classifiedAt() {
        return classifiedAt;
    }
}
