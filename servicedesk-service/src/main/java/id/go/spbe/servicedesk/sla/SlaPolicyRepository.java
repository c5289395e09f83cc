package id.go.spbe.servicedesk.sla;

import id.go.spbe.servicedesk.sla.domain.SlaPolicy;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SlaPolicyRepository extends MongoRepository<SlaPolicy, String> {
}
