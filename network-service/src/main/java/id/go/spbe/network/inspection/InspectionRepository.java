package id.go.spbe.network.inspection;

import id.go.spbe.network.inspection.domain.Inspection;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Inspections by id. */
interface InspectionRepository extends MongoRepository<Inspection, String> {
}
