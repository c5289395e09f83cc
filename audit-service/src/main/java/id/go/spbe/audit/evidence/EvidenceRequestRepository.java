package id.go.spbe.audit.evidence;

import id.go.spbe.audit.evidence.domain.EvidenceRequest;
import org.springframework.data.mongodb.repository.MongoRepository;

interface EvidenceRequestRepository extends MongoRepository<EvidenceRequest, String> {
}
