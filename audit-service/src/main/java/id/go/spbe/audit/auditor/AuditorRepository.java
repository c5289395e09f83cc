package id.go.spbe.audit.auditor;

import id.go.spbe.audit.auditor.domain.Auditor;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AuditorRepository extends MongoRepository<Auditor, String> {
}
