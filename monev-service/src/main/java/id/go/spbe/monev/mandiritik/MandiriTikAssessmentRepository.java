package id.go.spbe.monev.mandiritik;

import id.go.spbe.monev.mandiritik.domain.AssessmentStatus;
import id.go.spbe.monev.mandiritik.domain.MandiriTikAssessment;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

/** Mandiri TIK assessments by id; at most one open proposal per OPD. */
public interface MandiriTikAssessmentRepository extends MongoRepository<MandiriTikAssessment, String> {

    Optional<MandiriTikAssessment> findFirstByOpdAndStatus(String opd, AssessmentStatus status);
}
