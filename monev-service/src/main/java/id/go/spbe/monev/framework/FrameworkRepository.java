package id.go.spbe.monev.framework;

import id.go.spbe.monev.framework.domain.ImportedFramework;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Imported frameworks by id; the shipped ones live in {@link ShippedFrameworks}. */
public interface FrameworkRepository extends MongoRepository<ImportedFramework, String> {
}
