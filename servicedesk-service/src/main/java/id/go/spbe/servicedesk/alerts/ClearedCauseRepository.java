package id.go.spbe.servicedesk.alerts;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClearedCauseRepository extends MongoRepository<ClearedCause, String> {
}
