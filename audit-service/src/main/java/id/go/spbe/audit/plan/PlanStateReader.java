package id.go.spbe.audit.plan;

import com.mongodb.client.model.Projections;
import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.ObjectType;
import id.go.spbe.audit.plan.domain.ObligationStatus;
import id.go.spbe.audit.plan.domain.PlanState.ObjectState;
import id.go.spbe.audit.plan.domain.PlanState.ObligationState;
import org.bson.Document;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole universe as the cadence rule sees it, for a recomputation: every object and every obligation, one
 * query per collection, only the fields the rule reads, straight from the driver's documents. Mapping 15,000 whole
 * aggregates (version, outbox, history head, twenty fields each) was most of a steady-state recomputation's own work
 * (BENCHMARKS.md); the aggregates are loaded only for the objects whose plan is out of line.
 */
@Component
class PlanStateReader {

    private final MongoTemplate mongo;
    private final ConversionService conversions;

    PlanStateReader(MongoTemplate mongo) {
        this.mongo = mongo;
        // the converter's own service, so dates read here are the dates the mapped aggregate would carry
        this.conversions = mongo.getConverter().getConversionService();
    }

    List<ObjectState> objects() {
        List<ObjectState> all = new ArrayList<>();
        for (Document d : mongo.getCollection(mongo.getCollectionName(AuditObject.class)).find()
                .projection(Projections.include("type", "active", "name", "opd", "applicationClass"))) {
            all.add(new ObjectState(d.get("_id").toString(), enumOf(ObjectType.class, d.getString("type")),
                    Boolean.TRUE.equals(d.getBoolean("active")), d.getString("name"), d.getString("opd"),
                    d.getString("applicationClass")));
        }
        return all;
    }

    /** Every obligation, grouped by the id of the object that owes it. */
    Map<String, List<ObligationState>> obligationsByObject() {
        Map<String, List<ObligationState>> byObject = new HashMap<>();
        for (Document d : mongo.getCollection(mongo.getCollectionName(AuditObligation.class)).find()
                .projection(Projections.include("applicationId", "kind", "status", "applicationName", "opd",
                        "applicationClass", "basisDate", "dueDate"))) {
            ObligationState state = new ObligationState(enumOf(AuditKind.class, d.getString("kind")),
                    enumOf(ObligationStatus.class, d.getString("status")), d.getString("applicationName"),
                    d.getString("opd"), d.getString("applicationClass"), date(d.get("basisDate")),
                    date(d.get("dueDate")));
            byObject.computeIfAbsent(d.getString("applicationId"), id -> new ArrayList<>(3)).add(state);
        }
        return byObject;
    }

    private LocalDate date(Object stored) {
        return stored == null ? null : conversions.convert(stored, LocalDate.class);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
