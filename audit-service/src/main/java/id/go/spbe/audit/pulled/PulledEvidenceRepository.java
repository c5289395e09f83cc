package id.go.spbe.audit.pulled;

import id.go.spbe.audit.pulled.domain.PulledEvidence;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface PulledEvidenceRepository extends MongoRepository<PulledEvidence, String> {

    List<PulledEvidence> findByAuditIdOrderByPulledAtAsc(String auditId);
}
