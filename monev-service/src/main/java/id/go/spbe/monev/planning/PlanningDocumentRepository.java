package id.go.spbe.monev.planning;

import id.go.spbe.monev.planning.domain.PlanningDocument;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.time.LocalDate;
import java.util.List;

/** Planning documents by id. */
public interface PlanningDocumentRepository extends MongoRepository<PlanningDocument, String> {

    /** Candidates for the overdue sweep: due before {@code today}. */
    List<PlanningDocument> findByNextReviewDueBefore(LocalDate today);
}
