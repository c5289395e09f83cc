package id.go.spbe.audit.finding;

import id.go.spbe.audit.engagement.EngagementWorkflow.EngagementContinued;
import id.go.spbe.audit.finding.domain.Finding;
import id.go.spbe.audit.finding.domain.FindingStatus;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * "Start from last cycle's engagement": the open findings followed up in the previous audit (found there, or
 * carried there from an earlier cycle) are carried over to the new one — referenced, not copied — so its auditors
 * verify and close them. Runs in the request that scheduled the new audit; each finding is its own write with its
 * event, and carrying twice is a no-op.
 */
@Component
class FindingCarryOver {

    private final FindingRepository findings;
    private final MongoTemplate mongo;
    private final Clock clock;

    FindingCarryOver(FindingRepository findings, MongoTemplate mongo, Clock clock) {
        this.findings = findings;
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void carryOver(EngagementContinued continued) {
        Query open = Query.query(new Criteria().andOperator(
                new Criteria().orOperator(Criteria.where("auditId").is(continued.previousAuditId()),
                        Criteria.where("carriedOverTo").is(continued.previousAuditId())),
                Criteria.where("status").nin(FindingStatus.VERIFIED, FindingStatus.ACCEPTED_RISK)));
        for (Finding finding : mongo.find(open, Finding.class)) {
            if (finding.carryOverTo(continued.auditId(), continued.by(), clock.instant())) {
                findings.save(finding);
            }
        }
    }
}
