package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObligation;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface AuditObligationRepository extends MongoRepository<AuditObligation, String> {

    List<AuditObligation> findByApplicationId(String objectId);

    List<AuditObligation> findByScheduledAuditId(String auditId);

    List<AuditObligation> findByApplicationIdIn(List<String> objectIds);
}
