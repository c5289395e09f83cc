package id.go.spbe.audit.engagement;

import id.go.spbe.audit.engagement.domain.Engagement;
import org.springframework.data.mongodb.repository.MongoRepository;

interface EngagementRepository extends MongoRepository<Engagement, String> {
}
