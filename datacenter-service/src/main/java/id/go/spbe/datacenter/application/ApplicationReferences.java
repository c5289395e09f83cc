package id.go.spbe.datacenter.application;

import id.go.spbe.platform.domain.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Optional;

/**
 * The application read model (A1): kept in step with app-registry's events, and asked whether an application may be
 * hosted in the data center. Every update is guarded by event time (older events do not overwrite newer state) and
 * retirement is sticky, so redeliveries, replays and reordering across restarts are harmless.
 */
@Service
public class ApplicationReferences {

    static final String DECOMMISSIONED = "DECOMMISSIONED";

    private final MongoTemplate mongo;

    ApplicationReferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<ApplicationReference> find(String id) {
        return Optional.ofNullable(id).map(i -> mongo.findById(i, ApplicationReference.class));
    }

    /**
     * The application {@code id} if the register holds it for {@code opd} and has not retired it; otherwise a rule
     * violation citing A1 (only registered applications get a VPS). An application of another OPD is answered like an
     * unknown one, so no OPD learns what another registered.
     */
    public ApplicationReference requireHostableFor(String id, String opd) {
        ApplicationReference app = find(id).filter(a -> a.ownerOpd() != null && a.ownerOpd().equals(opd))
                .orElseThrow(() -> new RuleViolationException("A1", "Aplikasi '" + id
                        + "' tidak terdaftar di register aplikasi SPBE atas nama OPD " + opd
                        + "; daftarkan aplikasinya terlebih dahulu."));
        if (app.decommissioned()) {
            throw new RuleViolationException("A1", "Aplikasi '" + app.name() + "' sudah dihentikan "
                    + "(DECOMMISSIONED) di register aplikasi SPBE dan tidak dapat ditempatkan di Pusat Data.");
        }
        return app;
    }

    /** Registered, updated or a workflow step: the fields the event carries, unless newer state is held. */
    public void record(String id, String name, String ownerOpd, String status, Instant at) {
        Update update = new Update().set("updatedAt", at).setOnInsert("decommissioned", false);
        if (name != null) {
            update.set("name", name);
        }
        if (ownerOpd != null) {
            update.set("ownerOpd", ownerOpd);
        }
        if (status != null) {
            update.set("status", status);
        }
        upsertIfNotNewer(id, at, update);
    }

    /** Retired: sticky whatever the order in which events arrive. */
    public void retire(String id, String name, String ownerOpd, Instant at) {
        Update update = new Update().set("decommissioned", true).set("status", DECOMMISSIONED)
                .max("updatedAt", at);
        if (name != null) {
            update.setOnInsert("name", name);
        }
        if (ownerOpd != null) {
            update.setOnInsert("ownerOpd", ownerOpd);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, ApplicationReference.class);
    }

    private void upsertIfNotNewer(String id, Instant at, Update update) {
        Query query = Query.query(Criteria.where("_id").is(id).and("decommissioned").ne(true)
                .orOperator(Criteria.where("updatedAt").exists(false), Criteria.where("updatedAt").lte(at)));
        try {
            mongo.upsert(query, update, ApplicationReference.class);
        } catch (DuplicateKeyException newerOrRetired) {
            // The query missed because newer state or the retirement is held; the upsert collided on _id: keep it.
        }
    }
}
