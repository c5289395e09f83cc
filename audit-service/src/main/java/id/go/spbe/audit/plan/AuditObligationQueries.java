package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
import id.go.spbe.audit.plan.domain.ObjectKind;
import id.go.spbe.audit.plan.domain.ObligationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        List<AuditObligation> rows = mongo.find(query.with(page), AuditObligation.class);
        return new PageImpl<>(rows, page, total);
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
