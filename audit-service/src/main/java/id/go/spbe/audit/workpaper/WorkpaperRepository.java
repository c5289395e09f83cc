package id.go.spbe.audit.workpaper;

import id.go.spbe.audit.workpaper.domain.Workpaper;
import org.springframework.data.mongodb.repository.MongoRepository;

interface WorkpaperRepository extends MongoRepository<Workpaper, String> {
}
