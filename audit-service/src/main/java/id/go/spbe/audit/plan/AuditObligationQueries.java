package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.ObjectKind;
import id.go.spbe.audit.plan.domain.ObligationStatus;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The plan's read queries: active obligations (documents written before statuses existed count as active). */
@Component
class AuditObligationQueries {

    private final MongoTemplate mongo;

    AuditObligationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Active obligations due in [{@code from}, {@code to}] (inclusive), optionally of one OPD and kind. */
    Page<AuditObligation> due(String opd, AuditKind kind, ObjectKind objectKind, LocalDate from, LocalDate to,
            Pageable page) {
        Query query = Query.query(filter(opd, kind, objectKind, from, to));
        long total = mongo.count(query, AuditObligation.class);
        List<AuditObligation> rows = mongo.find(query.with(stable(page)), AuditObligation.class);
        return new PageImpl<>(rows, page, total);
    }

    /**
     * The id breaks ties: thousands of obligations share a due date (a recomputation plans them all from one day),
     * and skip/limit over an order with ties may show an item on two pages and another on none.
     */
    private static Pageable stable(Pageable page) {
        if (page.isUnpaged() || page.getSort().getOrderFor("id") != null) {
            return page;
        }
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), page.getSort().and(Sort.by("id")));
    }

    /**
     * Counts of active obligations due in [{@code from}, {@code to}] per day and kind, grouped in the database: the
     * calendar of ten years of a large universe does not load every obligation (at most 3,653 days × 3 kinds come
     * back). Grouped by the stored due date, not by {@code $month}, so the region's dates are never shifted by the
     * time zone the dates were converted in.
     */
    List<AuditPlanner.DueCount> dueCounts(String opd, AuditKind kind, LocalDate from, LocalDate to) {
        Criteria filter = filter(opd, kind, null, from, to);
        // per due day and kind: [total, never audited]
        Map<LocalDate, Map<AuditKind, int[]>> counts = new TreeMap<>();
        for (boolean never : new boolean[] {false, true}) {
            Criteria match = never ? new Criteria().andOperator(filter, Criteria.where("lastAuditedOn").is(null))
                    : filter;
            TypedAggregation<AuditObligation> aggregation = Aggregation.newAggregation(AuditObligation.class,
                    Aggregation.match(match), Aggregation.group("dueDate", "kind").count().as("n"));
            for (Document row : mongo.aggregate(aggregation, Document.class).getMappedResults()) {
                Document id = row.get("_id", Document.class);
                LocalDate due = mongo.getConverter().getConversionService().convert(id.get("dueDate"),
                        LocalDate.class);
                counts.computeIfAbsent(due, d -> new EnumMap<>(AuditKind.class))
                        .computeIfAbsent(AuditKind.valueOf(id.getString("kind")), k -> new int[2])[never ? 1 : 0] =
                        ((Number) row.get("n")).intValue();
            }
        }
        List<AuditPlanner.DueCount> result = new ArrayList<>();
        counts.forEach((due, perKind) -> perKind.forEach((k, n) ->
                result.add(new AuditPlanner.DueCount(due, k, n[0], n[1]))));
        return result;
    }

    List<AuditObligation> all(String opd, AuditKind kind, ObjectKind objectKind, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(filter(opd, kind, objectKind, from, to)), AuditObligation.class);
    }

    Page<AuditObject> objects(String opd, Boolean active, ObjectKind objectKind, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        if (opd != null) {
            all.add(Criteria.where("opd").is(opd));
        }
        if (active != null) {
            all.add(Criteria.where("active").is(active));
        }
        if (objectKind != null) {
            all.add(ofKind(objectKind));
        }
        Query query = Query.query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all));
        long total = mongo.count(query, AuditObject.class);
        return new PageImpl<>(mongo.find(query.with(page), AuditObject.class), page, total);
    }

    /** Documents from before infrastructure objects carry no kind: they are applications. */
    private static Criteria ofKind(ObjectKind objectKind) {
        if (objectKind == ObjectKind.APPLICATION) {
            return new Criteria().orOperator(Criteria.where("objectKind").is(objectKind),
                    Criteria.where("objectKind").exists(false));
        }
        return Criteria.where("objectKind").is(objectKind);
    }

    private static Criteria filter(String opd, AuditKind kind, ObjectKind objectKind, LocalDate from,
            LocalDate to) {
        List<Criteria> all = new ArrayList<>();
        all.add(new Criteria().orOperator(Criteria.where("status").is(ObligationStatus.ACTIVE),
                Criteria.where("status").exists(false)));
        Criteria due = Criteria.where("dueDate");
        if (from != null) {
            due = due.gte(from);
        }
        if (to != null) {
            due = due.lte(to);
        }
        if (from != null || to != null) {
            all.add(due);
        }
        if (opd != null) {
            all.add(Criteria.where("opd").is(opd));
        }
        if (kind != null) {
            all.add(Criteria.where("kind").is(kind));
        }
        if (objectKind != null) {
            all.add(ofKind(objectKind));
        }
        return new Criteria().andOperator(all);
    }
}
