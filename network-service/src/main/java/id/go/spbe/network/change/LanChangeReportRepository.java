package id.go.spbe.network.change;

import id.go.spbe.network.change.domain.LanChangeReport;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

/** LAN change reports by id. */
interface LanChangeReportRepository extends MongoRepository<LanChangeReport, String> {

    List<LanChangeReport> findByOpdCode(String opdCode);
}
