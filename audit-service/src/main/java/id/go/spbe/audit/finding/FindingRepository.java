package id.go.spbe.audit.finding;

import id.go.spbe.audit.finding.domain.Finding;
import org.springframework.data.mongodb.repository.MongoRepository;

interface FindingRepository extends MongoRepository<Finding, String> {
}
