package id.go.spbe.audit.assessment;

import id.go.spbe.audit.assessment.domain.SecurityAssessment;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SecurityAssessmentRepository extends MongoRepository<SecurityAssessment, String> {
}
