package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditKind;
import id.go.spbe.audit.plan.domain.AuditObject;
import id.go.spbe.audit.plan.domain.AuditObligation;
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
    Page<AuditObligation> due(String opd, AuditKind kind, LocalDate from, LocalDate to, Pageable page) {
        Query query = Query.query(filter(opd, kind, from, to));
        long total = mongo.count(query, AuditObligation.class);
        List<AuditObligation> rows = mongo.find(query.with(page), AuditObligation.class);
        return new PageImpl<>(rows, page, total);
    }

    List<AuditObligation> all(String opd, AuditKind kind, LocalDate from, LocalDate to) {
        return mongo.find(Query.query(filter(opd, kind, from, to)), AuditObligation.class);
    }

    Page<AuditObject> objects(String opd, Boolean active, Pageable page) {
        Criteria criteria = new Criteria();
        if (opd != null) {
            criteria = criteria.and("opd").is(opd);
        }
        if (active != null) {
            criteria = criteria.and("active").is(active);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, AuditObject.class);
        return new PageImpl<>(mongo.find(query.with(page), AuditObject.class), page, total);
    }

    private static Criteria filter(String opd, AuditKind kind, LocalDate from, LocalDate to) {
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
        return new Criteria().andOperator(all);
    }
}
