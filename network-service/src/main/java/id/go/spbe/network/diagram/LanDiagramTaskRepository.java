package id.go.spbe.network.diagram;

import id.go.spbe.network.diagram.domain.LanDiagramTask;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Yearly LAN diagram tasks by id ({@code <year>-<opd>}). */
interface LanDiagramTaskRepository extends MongoRepository<LanDiagramTask, String> {
}
