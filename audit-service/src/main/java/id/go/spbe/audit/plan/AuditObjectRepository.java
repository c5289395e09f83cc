package id.go.spbe.audit.plan;

import id.go.spbe.audit.plan.domain.AuditObject;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AuditObjectRepository extends MongoRepository<AuditObject, String> {
}
