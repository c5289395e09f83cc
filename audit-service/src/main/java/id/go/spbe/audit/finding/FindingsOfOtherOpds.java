package id.go.spbe.audit.finding;

import id.go.spbe.audit.engagement.OtherOpdFindings;
import id.go.spbe.audit.engagement.domain.Engagement;
import id.go.spbe.audit.finding.domain.Finding;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Counts an audit's findings by owner, the same set the report lists ({@link FindingWorkflow#reportedIn}). */
@Component
class FindingsOfOtherOpds implements OtherOpdFindings {

    private final MongoTemplate mongo;

    FindingsOfOtherOpds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long count(Engagement audit, String opd) {
        return mongo.count(Query.query(new Criteria().andOperator(
                new Criteria().orOperator(Criteria.where("auditId").is(audit.id()),
                        Criteria.where("carriedOverTo").is(audit.id())),
                Criteria.where("ownerOpd").ne(opd))), Finding.class);
    }
}
